#include "governance/campaign_awards.h"

#include <algorithm>
#include <set>

#include "governance/campaign_access.h"

namespace sanwang::governance {
namespace {

Result<CampaignStandings> Standings(const CampaignDesk& desk, const Campaign& c) {
  store::CampaignRepository repo(desk.db);
  SW_ASSIGN_OR_RETURN(auto entries, repo.Entries(c.record.id));
  SW_ASSIGN_OR_RETURN(auto reviews, repo.Reviews(c.record.id));
  SW_ASSIGN_OR_RETURN(auto awards, repo.Awards(c.record.id));
  CampaignStandings s;
  std::vector<ReviewScore> scores;
  std::map<store::Id, int> assigned;
  for (const auto& r : reviews) {
    ++assigned[r.entry_id];
    if (r.submitted_at) {
      scores.push_back({r.reviewer_id, r.entry_id, static_cast<double>(r.total)});
    } else {
      ++s.reviews_missing;
    }
  }
  std::map<store::Id, std::string> decided;
  for (const auto& a : awards) decided[a.entry_id] = a.tier;
  std::map<store::Id, const store::CampaignEntryRecord*> by_id;
  for (const auto& e : entries) by_id[e.id] = &e;
  std::vector<ScoredEntry> ranked;
  for (const auto& n : NormaliseScores(scores)) {
    s.entries.push_back(
        {*by_id.at(n.entry), n, assigned[n.entry], decided.count(n.entry) ? decided[n.entry] : ""});
    ranked.push_back({n.entry, n.score_hundredths});
    by_id.erase(n.entry);
  }
  for (const auto& [id, e] : by_id) {
    s.entries.push_back(
        {*e, NormalisedEntry{id, 0, 0, 0, 0}, assigned[id], decided.count(id) ? decided[id] : ""});
  }
  // Decisions on unreviewed entries still count: give them a place in the ranking, last.
  for (const auto& [id, e] : by_id) ranked.push_back({id, 0});
  SW_ASSIGN_OR_RETURN(s.proposal, ProposeAwards(ranked, c.terms.tiers, decided));
  return s;
}

Status CheckStage(const Campaign& c, const char* state, const std::string& zh, const std::string& en) {
  if (c.record.state != state) return FailedPrecondition(zh + " " + en);
  return Status::Ok();
}

}  // namespace

Result<CampaignStandings> StandingsOf(const CampaignDesk& desk, store::Id campaign_id) {
  SW_RETURN_IF_ERROR(MayOrganizeCampaigns(desk.actor));
  SW_ASSIGN_OR_RETURN(auto c, FindCampaign(desk, campaign_id));
  if (c.record.state == kCampaignOpen) {
    return FailedPrecondition("评审尚未分配 the reviews are not assigned yet");
  }
  return Standings(desk, c);
}

Status DecideAwards(const CampaignDesk& desk, store::Id campaign_id,
                    const std::map<store::Id, std::string>& awards) {
  SW_RETURN_IF_ERROR(MayOrganizeCampaigns(desk.actor));
  SW_ASSIGN_OR_RETURN(auto c, FindCampaign(desk, campaign_id));
  SW_RETURN_IF_ERROR(
      CheckStage(c, kCampaignDeciding, "只能在讨论阶段评定奖项", "awards are decided in the discussion"));
  store::CampaignRepository repo(desk.db);
  SW_ASSIGN_OR_RETURN(auto entries, repo.Entries(campaign_id));
  std::set<store::Id> ours;
  for (const auto& e : entries) ours.insert(e.id);
  for (const auto& [entry, tier] : awards) {
    if (!ours.count(entry)) {
      return InvalidArgument("作品 " + std::to_string(entry) + " 不属于本次活动 entry " +
                                 std::to_string(entry) + " is not of this campaign",
                             "awards");
    }
  }
  Status quota = CheckAwards(awards, c.terms.tiers);
  if (!quota.ok()) return InvalidArgument(quota.message(), "awards");
  std::vector<store::CampaignAwardRecord> rows;
  for (const auto& [entry, tier] : awards)
    rows.push_back({entry, tier, desk.actor.user_id, desk.clock.Now()});
  return repo.ReplaceAwards(campaign_id, rows);
}

Status PublishCampaign(const CampaignDesk& desk, store::Id campaign_id) {
  SW_RETURN_IF_ERROR(MayOrganizeCampaigns(desk.actor));
  SW_ASSIGN_OR_RETURN(auto c, FindCampaign(desk, campaign_id));
  SW_RETURN_IF_ERROR(CheckStage(c, kCampaignDeciding, "只能在讨论阶段公布结果",
                                "results are published from the discussion"));
  SW_ASSIGN_OR_RETURN(auto awards, store::CampaignRepository(desk.db).Awards(campaign_id));
  if (awards.empty()) return FailedPrecondition("尚未评定任何奖项 no award is decided");
  return store::CampaignRepository(desk.db).MoveCampaign(campaign_id, kCampaignDeciding, kCampaignPublished);
}

Result<std::vector<AwardedEntry>> CampaignResults(const CampaignDesk& desk, store::Id campaign_id) {
  SW_ASSIGN_OR_RETURN(auto c, FindCampaign(desk, campaign_id));
  SW_RETURN_IF_ERROR(
      CheckStage(c, kCampaignPublished, "评选结果尚未公布", "the results are not published yet"));
  SW_ASSIGN_OR_RETURN(auto standings, Standings(desk, c));
  std::vector<AwardedEntry> out;
  for (const AwardTier& tier : c.terms.tiers) {
    for (const EntryStanding& s : standings.entries) {
      if (s.awarded != tier.code) continue;
      const store::UnitRecord* unit =
          s.entry.author_unit_id ? desk.org.Find(*s.entry.author_unit_id) : nullptr;
      out.push_back({s.entry.id, tier.code, tier.name, s.entry.title, s.entry.author_name,
                     unit != nullptr ? unit->name : ""});
    }
  }
  return out;
}

}  // namespace sanwang::governance
