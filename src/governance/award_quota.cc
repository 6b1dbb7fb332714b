#include "governance/award_quota.h"

#include <algorithm>
#include <set>

namespace sanwang::governance {
namespace {

const AwardTier* FindTier(const std::vector<AwardTier>& tiers, const std::string& code) {
  for (const auto& t : tiers) {
    if (t.code == code) return &t;
  }
  return nullptr;
}

std::string Quota(const AwardTier& tier) { return std::to_string(*tier.quota); }

Status CheckDecisions(const std::vector<ScoredEntry>& ranked, const std::vector<AwardTier>& tiers,
                      const std::map<store::Id, std::string>& decided) {
  std::set<store::Id> known;
  for (const auto& e : ranked) known.insert(e.entry);
  for (const auto& [entry, tier] : decided) {
    if (!known.count(entry)) {
      return InvalidArgument(
          "未知的作品 " + std::to_string(entry) + " unknown entry " + std::to_string(entry), "decisions");
    }
    if (FindTier(tiers, tier) == nullptr) {
      return InvalidArgument("未知的奖项 " + tier + " unknown award tier " + tier, "decisions");
    }
  }
  Status fits = CheckAwards(decided, tiers);
  return fits.ok() ? fits : InvalidArgument(fits.message(), "decisions");
}

// The undecided entries from `from` on with the same score as ranked[at].
std::vector<store::Id> TiedWith(const std::vector<ScoredEntry>& ranked, std::size_t at,
                                const std::map<store::Id, std::string>& placed) {
  std::vector<store::Id> tied;
  for (const auto& e : ranked) {
    if (e.score_hundredths == ranked[at].score_hundredths && !placed.count(e.entry)) tied.push_back(e.entry);
  }
  return tied;
}

}  // namespace

Result<AwardProposal> ProposeAwards(const std::vector<ScoredEntry>& ranked,
                                    const std::vector<AwardTier>& tiers,
                                    const std::map<store::Id, std::string>& decided) {
  SW_RETURN_IF_ERROR(CheckDecisions(ranked, tiers, decided));
  AwardProposal proposal;
  proposal.tier_of = decided;
  for (const AwardTier& tier : tiers) {
    int taken = 0;
    for (const auto& [entry, code] : decided) taken += code == tier.code ? 1 : 0;
    if (!tier.quota && !tier.floor_hundredths) continue;  // the committee names them
    for (std::size_t i = 0; i < ranked.size(); ++i) {
      const ScoredEntry& e = ranked[i];
      if (proposal.tier_of.count(e.entry)) continue;
      if (tier.floor_hundredths && e.score_hundredths < *tier.floor_hundredths) break;
      if (tier.quota && taken == *tier.quota) break;
      const std::vector<store::Id> tied = TiedWith(ranked, i, proposal.tier_of);
      const int left = tier.quota ? *tier.quota - taken : static_cast<int>(tied.size());
      if (static_cast<int>(tied.size()) > left) {
        proposal.tie = AwardTie{tier.code, left, tied, e.score_hundredths};
        return proposal;
      }
      for (store::Id id : tied) proposal.tier_of[id] = tier.code;
      taken += static_cast<int>(tied.size());
    }
  }
  return proposal;
}

Status CheckAwards(const std::map<store::Id, std::string>& awards, const std::vector<AwardTier>& tiers) {
  std::map<std::string, int> counts;
  for (const auto& [entry, tier] : awards) {
    if (FindTier(tiers, tier) == nullptr)
      return InvalidArgument("未知的奖项 " + tier + " unknown award tier " + tier, "awards");
    ++counts[tier];
  }
  for (const AwardTier& tier : tiers) {
    if (tier.quota && counts[tier.code] > *tier.quota) {
      return InvalidArgument(tier.name + "名额为 " + Quota(tier) + " 个，已评 " +
                                 std::to_string(counts[tier.code]) + " 个 " + tier.code + " takes at most " +
                                 Quota(tier) + " entries, not " + std::to_string(counts[tier.code]),
                             "awards");
    }
  }
  return Status::Ok();
}

}  // namespace sanwang::governance
