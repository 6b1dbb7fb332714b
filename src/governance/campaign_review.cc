#include "governance/campaign_review.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "core/text.h"
#include "governance/campaign_access.h"
#include "governance/campaign_entry_file.h"
#include "governance/campaign_rubric.h"
#include "store/user_repository.h"

namespace sanwang::governance {
namespace {

constexpr std::size_t kMaxComment = 3000;
const char* const kPeerLabels[] = {"评审甲", "评审乙", "评审丙", "评审丁", "评审戊",
                                   "评审己", "评审庚", "评审辛", "评审壬"};

std::set<store::Id> DeclaredOf(const store::CampaignReviewerRecord& r) {
  std::set<store::Id> out;
  const auto parsed = nlohmann::json::parse(r.declared, nullptr, false);
  if (parsed.is_array()) {
    for (const auto& id : parsed) {
      if (id.is_number_integer()) out.insert(id.get<store::Id>());
    }
  }
  return out;
}

Result<std::vector<ReviewerProfile>> ReviewerProfiles(const CampaignDesk& desk, store::Id campaign_id) {
  SW_ASSIGN_OR_RETURN(auto reviewers, store::CampaignRepository(desk.db).Reviewers(campaign_id));
  std::vector<ReviewerProfile> out;
  for (const auto& r : reviewers) {
    SW_ASSIGN_OR_RETURN(auto user, store::UserRepository(desk.db).Get(r.user_id));
    out.push_back({r.user_id, user.unit_id, DeclaredOf(r)});
  }
  return out;
}

EntryProfile ProfileOf(const store::CampaignEntryRecord& e) {
  return {e.id, e.author_user_id, e.author_unit_id};
}

std::map<std::string, int> ScoresOf(const std::string& text) {
  std::map<std::string, int> out;
  const auto parsed = nlohmann::json::parse(text, nullptr, false);
  if (parsed.is_object()) {
    for (const auto& [code, points] : parsed.items()) {
      if (points.is_number_integer()) out[code] = points.get<int>();
    }
  }
  return out;
}

// The entry's reviews other than the caller's, submitted, labelled by reviewer order.
std::vector<PeerReview> PeersOf(const std::vector<store::CampaignReviewRecord>& reviews, store::Id entry_id,
                                store::Id me) {
  std::vector<PeerReview> out;
  std::size_t index = 0;
  for (const auto& r : reviews) {
    if (r.entry_id != entry_id) continue;
    const char* label = kPeerLabels[std::min(index++, std::size(kPeerLabels) - 1)];
    if (r.reviewer_id == me || !r.submitted_at) continue;
    out.push_back({label, ScoresOf(r.scores), static_cast<int>(r.total), r.comment});
  }
  return out;
}

struct Assigned {
  Campaign campaign;
  store::CampaignEntryRecord entry;
  std::vector<store::CampaignReviewRecord> reviews;  // the entry's
  store::CampaignReviewRecord mine;
};

// The entry, when the caller reviews it; the refusal says why not.
Result<Assigned> AssignedEntry(const CampaignDesk& desk, store::Id entry_id) {
  SW_RETURN_IF_ERROR(MayReadCampaigns(desk.actor));
  store::CampaignRepository repo(desk.db);
  auto entry = repo.GetEntry(entry_id);
  if (!entry.ok() || entry->district_code != desk.district()) return NotFound("作品不存在 no such entry");
  SW_ASSIGN_OR_RETURN(auto campaign, FindCampaign(desk, entry->campaign_id));
  SW_ASSIGN_OR_RETURN(auto reviewers, repo.Reviewers(campaign.record.id));
  for (const auto& r : reviewers) {
    if (r.user_id == desk.actor.user_id && entry->author_user_id &&
        DeclaredOf(r).count(*entry->author_user_id)) {
      return PermissionDenied("您已声明与该作品作者回避 you declared a conflict with this entry's author");
    }
  }
  SW_ASSIGN_OR_RETURN(auto reviews, repo.ReviewsOfEntry(entry_id));
  for (const auto& r : reviews) {
    if (r.entry_id == entry_id && desk.actor.user_id && r.reviewer_id == *desk.actor.user_id) {
      return Assigned{std::move(campaign), std::move(entry).value(), reviews, r};
    }
  }
  return PermissionDenied("该作品未分配给您评审 this entry is not assigned to you");
}

BlindEntry BlindOf(const store::CampaignEntryRecord& e, const store::CampaignReviewRecord& mine,
                   const std::vector<store::CampaignReviewRecord>& reviews, bool discussing) {
  BlindEntry b{e.id, e.title, e.content_type, e.size_bytes, mine, {}};
  if (discussing) b.others = PeersOf(reviews, e.id, mine.reviewer_id);
  return b;
}

// Every name the entry's author goes by: as the entry gives it and as their account does.
std::vector<std::string> AuthorNames(const CampaignDesk& desk, const store::CampaignEntryRecord& e) {
  std::vector<std::string> names = {e.author_name};
  if (e.author_user_id) {
    auto user = store::UserRepository(desk.db).Get(*e.author_user_id);
    if (user.ok()) names.push_back(user->display_name);
  }
  return names;
}

}  // namespace

Result<ReviewAssignment> AssignCampaignReviews(const CampaignDesk& desk, store::Id campaign_id) {
  SW_RETURN_IF_ERROR(MayOrganizeCampaigns(desk.actor));
  SW_ASSIGN_OR_RETURN(auto c, FindCampaign(desk, campaign_id));
  if (c.record.state != kCampaignOpen)
    return FailedPrecondition("评审已分配 the reviews are assigned already");
  if (desk.clock.Now() < c.record.closes_at) {
    return FailedPrecondition("征集尚未截止，不能分配评审 entries are taken until the window closes");
  }
  store::CampaignRepository repo(desk.db);
  SW_ASSIGN_OR_RETURN(auto entries, repo.Entries(campaign_id));
  if (entries.empty()) return FailedPrecondition("没有作品 the campaign has no entries");
  SW_ASSIGN_OR_RETURN(auto reviewers, ReviewerProfiles(desk, campaign_id));
  if (reviewers.empty()) return FailedPrecondition("尚未指定评审 no reviewers are named");
  std::vector<EntryProfile> profiles;
  profiles.reserve(entries.size());
  for (const auto& e : entries) profiles.push_back(ProfileOf(e));
  SW_ASSIGN_OR_RETURN(auto assignment, AssignReviews(profiles, reviewers, c.terms.reviews_per_entry));
  std::vector<std::pair<store::Id, store::Id>> pairs;
  for (const auto& [entry, its] : assignment.reviewers_of) {
    for (store::Id r : its) pairs.emplace_back(entry, r);
  }
  SW_RETURN_IF_ERROR(desk.db.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(repo.MoveCampaign(campaign_id, kCampaignOpen, kCampaignReviewing));
    return repo.ReplaceAssignments(campaign_id, pairs);
  }));
  return assignment;
}

Result<std::vector<BlindEntry>> ReviewQueue(const CampaignDesk& desk, store::Id campaign_id) {
  SW_ASSIGN_OR_RETURN(auto c, FindCampaign(desk, campaign_id));
  store::CampaignRepository repo(desk.db);
  SW_ASSIGN_OR_RETURN(auto reviews, repo.Reviews(campaign_id));
  SW_ASSIGN_OR_RETURN(auto entries, repo.Entries(campaign_id));
  std::map<store::Id, const store::CampaignEntryRecord*> by_id;
  for (const auto& e : entries) by_id[e.id] = &e;
  std::vector<BlindEntry> out;
  for (const auto& r : reviews) {
    if (!desk.actor.user_id || r.reviewer_id != *desk.actor.user_id) continue;
    out.push_back(BlindOf(*by_id.at(r.entry_id), r, reviews, c.record.state == kCampaignDeciding));
  }
  return out;
}

Result<BlindFile> ReadBlindEntry(const CampaignDesk& desk, store::Id entry_id) {
  SW_ASSIGN_OR_RETURN(auto a, AssignedEntry(desk, entry_id));
  BlindFile file{BlindOf(a.entry, a.mine, a.reviews, a.campaign.record.state == kCampaignDeciding), "", ""};
  SW_ASSIGN_OR_RETURN(file.text, EntryText(a.entry.data, a.entry.content_type));
  if (EntryKindOf(a.entry.content_type) == kEntryPdf || EntryKindOf(a.entry.content_type) == kEntryImage) {
    file.data = std::move(a.entry.data);
  }
  return file;
}

Result<store::CampaignReviewRecord> ReviewEntry(const CampaignDesk& desk, store::Id entry_id,
                                                const std::map<std::string, int>& scores,
                                                const std::string& comment) {
  SW_ASSIGN_OR_RETURN(auto a, AssignedEntry(desk, entry_id));
  const std::string& state = a.campaign.record.state;
  if (state != kCampaignReviewing && state != kCampaignDeciding) {
    return FailedPrecondition("评审已结束 the reviews are closed");
  }
  SW_ASSIGN_OR_RETURN(int total, ReviewTotal(a.campaign.terms.rubric, scores));
  SW_RETURN_IF_ERROR(CheckUserText(comment, "comment", kMaxComment, false));
  SW_RETURN_IF_ERROR(CheckBlindText(comment, AuthorNames(desk, a.entry), "comment"));
  store::CampaignReviewRecord r = a.mine;
  r.scores = nlohmann::json(scores).dump();
  r.total = total;
  r.comment = comment;
  r.submitted_at = desk.clock.Now();
  SW_RETURN_IF_ERROR(store::CampaignRepository(desk.db).SubmitReview(r));
  return r;
}

Status OpenDiscussion(const CampaignDesk& desk, store::Id campaign_id) {
  SW_RETURN_IF_ERROR(MayOrganizeCampaigns(desk.actor));
  SW_ASSIGN_OR_RETURN(auto c, FindCampaign(desk, campaign_id));
  if (c.record.state != kCampaignReviewing) {
    return FailedPrecondition(
        "只有评审中的活动可以进入讨论 only a campaign in review moves to the discussion");
  }
  return store::CampaignRepository(desk.db).MoveCampaign(campaign_id, kCampaignReviewing, kCampaignDeciding);
}

}  // namespace sanwang::governance
