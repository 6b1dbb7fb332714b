#include "governance/campaign_desk.h"

#include <nlohmann/json.hpp>

#include "core/sha256.h"
#include "core/text.h"
#include "core/time.h"
#include "governance/campaign_access.h"
#include "governance/campaign_entry_file.h"
#include "store/user_repository.h"

namespace sanwang::governance {
namespace {

constexpr std::size_t kMaxEntryTitle = 60;
constexpr std::size_t kMaxAuthorName = 30;
constexpr std::size_t kMaxDeclared = 50;

Result<Campaign> Read(store::CampaignRecord record) {
  Campaign c;
  SW_ASSIGN_OR_RETURN(c.terms.rubric, ParseRubricJson(record.rubric));
  SW_ASSIGN_OR_RETURN(c.terms.tiers, ParseTiersJson(record.tiers));
  c.terms.title = record.title;
  c.terms.theme = record.theme;
  c.terms.rules = record.rules;
  c.terms.issuer = record.issuer;
  c.terms.opens_at = record.opens_at;
  c.terms.closes_at = record.closes_at;
  c.terms.formats = ParseFormatsText(record.formats);
  c.terms.max_bytes = record.max_bytes;
  c.terms.reviews_per_entry = static_cast<int>(record.reviews_per_entry);
  c.terms.demo = record.demo;
  c.record = std::move(record);
  return c;
}

// An enabled account of the district, else InvalidArgument naming `field`.
Result<store::UserRecord> DistrictAccount(const CampaignDesk& desk, store::Id id, const std::string& field) {
  auto user = store::UserRepository(desk.db).Get(id);
  if (!user.ok() || user->district_code != desk.district()) {
    return InvalidArgument("账号 " + std::to_string(id) + " 不存在 no account " + std::to_string(id), field);
  }
  return user;
}

Status CheckNomination(const CampaignDesk& desk, const ReviewerNomination& n) {
  SW_ASSIGN_OR_RETURN(auto user, DistrictAccount(desk, n.user_id, "reviewers"));
  SW_RETURN_IF_ERROR(MayReviewCampaigns(user));
  if (n.declared.size() > kMaxDeclared) {
    return InvalidArgument("每位评审最多声明 50 人回避 a reviewer declares at most 50 people", "declared");
  }
  for (store::Id d : n.declared) SW_RETURN_IF_ERROR(DistrictAccount(desk, d, "declared").status());
  return Status::Ok();
}

std::string WindowText(const store::CampaignRecord& c) {
  return FormatIso8601(c.opens_at) + " – " + FormatIso8601(c.closes_at);
}

Status CheckOpenForEntries(const CampaignDesk& desk, const store::CampaignRecord& c) {
  const UnixSeconds now = desk.clock.Now();
  if (c.state != kCampaignOpen || now >= c.closes_at) {
    return FailedPrecondition("征集已截止 entries closed at " + FormatIso8601(c.closes_at));
  }
  if (now < c.opens_at) return FailedPrecondition("征集尚未开始 entries are taken " + WindowText(c));
  return Status::Ok();
}

Status CheckEntryText(const NewEntry& entry) {
  SW_RETURN_IF_ERROR(CheckUserText(entry.title, "title", kMaxEntryTitle, true));
  return CheckUserText(entry.author_name, "author_name", kMaxAuthorName, true);
}

}  // namespace

bool WindowOpen(const store::CampaignRecord& campaign, UnixSeconds now) {
  return campaign.opens_at <= now && now < campaign.closes_at;
}

Result<Campaign> CreateCampaign(const CampaignDesk& desk, const CampaignTerms& terms) {
  SW_RETURN_IF_ERROR(MayOrganizeCampaigns(desk.actor));
  SW_RETURN_IF_ERROR(CheckCampaignTerms(terms));
  store::CampaignRecord r;
  r.district_code = desk.district();
  r.title = terms.title;
  r.theme = terms.theme;
  r.rules = terms.rules;
  r.issuer = terms.issuer;
  r.opens_at = terms.opens_at;
  r.closes_at = terms.closes_at;
  r.formats = FormatsText(terms.formats);
  r.max_bytes = terms.max_bytes;
  r.reviews_per_entry = terms.reviews_per_entry;
  r.rubric = RubricJson(terms.rubric);
  r.tiers = TiersJson(terms.tiers);
  r.state = kCampaignOpen;
  r.demo = terms.demo;
  r.created_by = desk.actor.user_id;
  r.created_at = desk.clock.Now();
  auto inserted = store::CampaignRepository(desk.db).InsertCampaign(r);
  if (inserted.status().code() == ErrorCode::kAlreadyExists) {
    return Status(ErrorCode::kConflict, "已有同名活动 a campaign of this title exists", "title");
  }
  SW_RETURN_IF_ERROR(inserted.status());
  return Read(std::move(inserted).value());
}

Result<Campaign> FindCampaign(const CampaignDesk& desk, store::Id id) {
  SW_RETURN_IF_ERROR(MayReadCampaigns(desk.actor));
  auto record = store::CampaignRepository(desk.db).GetCampaign(id);
  if (!record.ok() || record->district_code != desk.district())
    return NotFound("活动不存在 no such campaign");
  return Read(std::move(record).value());
}

Result<std::vector<Campaign>> ListCampaigns(const CampaignDesk& desk) {
  SW_RETURN_IF_ERROR(MayReadCampaigns(desk.actor));
  SW_ASSIGN_OR_RETURN(auto records, store::CampaignRepository(desk.db).Campaigns(desk.district()));
  std::vector<Campaign> out;
  for (auto& r : records) {
    SW_ASSIGN_OR_RETURN(auto c, Read(std::move(r)));
    out.push_back(std::move(c));
  }
  return out;
}

Status NameReviewers(const CampaignDesk& desk, store::Id campaign_id,
                     const std::vector<ReviewerNomination>& reviewers) {
  SW_RETURN_IF_ERROR(MayOrganizeCampaigns(desk.actor));
  SW_ASSIGN_OR_RETURN(auto c, FindCampaign(desk, campaign_id));
  if (c.record.state != kCampaignOpen) {
    return FailedPrecondition(
        "评审已分配，不能再更改评审名单 the reviews are assigned; the reviewers are fixed");
  }
  if (reviewers.empty()) return InvalidArgument("请至少指定一位评审 name at least one reviewer", "reviewers");
  for (const auto& n : reviewers) SW_RETURN_IF_ERROR(CheckNomination(desk, n));
  store::CampaignRepository repo(desk.db);
  return desk.db.InTransaction([&]() -> Status {
    for (const auto& n : reviewers) {
      SW_RETURN_IF_ERROR(repo.PutReviewer({campaign_id, n.user_id, nlohmann::json(n.declared).dump()}));
    }
    return Status::Ok();
  });
}

Result<std::vector<store::CampaignReviewerRecord>> CampaignReviewers(const CampaignDesk& desk,
                                                                     store::Id campaign_id) {
  SW_RETURN_IF_ERROR(MayOrganizeCampaigns(desk.actor));
  SW_RETURN_IF_ERROR(FindCampaign(desk, campaign_id).status());
  return store::CampaignRepository(desk.db).Reviewers(campaign_id);
}

Result<store::CampaignEntryRecord> SubmitEntry(const CampaignDesk& desk, store::Id campaign_id,
                                               const NewEntry& entry) {
  SW_RETURN_IF_ERROR(MayEnterCampaign(desk.actor));
  SW_ASSIGN_OR_RETURN(auto c, FindCampaign(desk, campaign_id));
  SW_RETURN_IF_ERROR(CheckOpenForEntries(desk, c.record));
  SW_RETURN_IF_ERROR(CheckEntryText(entry));
  SW_ASSIGN_OR_RETURN(std::string type,
                      CheckEntryFile(entry.data, entry.content_type, c.terms.formats, c.terms.max_bytes));
  SW_ASSIGN_OR_RETURN(std::int64_t sent,
                      store::CampaignRepository(desk.db).CountEntriesBy(campaign_id, *desk.actor.user_id));
  if (sent >= static_cast<std::int64_t>(kMaxEntriesPerAuthor)) {
    return FailedPrecondition("每人最多投稿 3 件 an author sends at most 3 entries to a campaign");
  }
  store::CampaignEntryRecord r;
  r.campaign_id = campaign_id;
  r.district_code = desk.district();
  r.title = entry.title;
  r.author_user_id = desk.actor.user_id;
  r.author_name = entry.author_name;
  r.author_unit_id = desk.actor.unit_id;
  r.file_name = SafeEntryName(entry.file_name, type);
  r.content_type = type;
  r.size_bytes = static_cast<std::int64_t>(entry.data.size());
  r.sha256 = Sha256Hex(entry.data);
  r.data = entry.data;
  r.submitted_at = desk.clock.Now();
  return store::CampaignRepository(desk.db).InsertEntry(std::move(r));
}

Result<std::vector<store::CampaignEntryRecord>> MyEntries(const CampaignDesk& desk, store::Id campaign_id) {
  SW_RETURN_IF_ERROR(FindCampaign(desk, campaign_id).status());
  SW_ASSIGN_OR_RETURN(auto all, store::CampaignRepository(desk.db).Entries(campaign_id));
  std::vector<store::CampaignEntryRecord> mine;
  for (auto& e : all) {
    if (desk.actor.user_id && e.author_user_id == desk.actor.user_id) mine.push_back(std::move(e));
  }
  return mine;
}

Result<std::vector<store::CampaignEntryRecord>> AllEntries(const CampaignDesk& desk, store::Id campaign_id) {
  SW_RETURN_IF_ERROR(MayOrganizeCampaigns(desk.actor));
  SW_RETURN_IF_ERROR(FindCampaign(desk, campaign_id).status());
  return store::CampaignRepository(desk.db).Entries(campaign_id);
}

Result<std::vector<store::CampaignEntryRecord>> VisibleEntries(const CampaignDesk& desk,
                                                               store::Id campaign_id) {
  if (MayOrganizeCampaigns(desk.actor).ok()) return AllEntries(desk, campaign_id);
  return MyEntries(desk, campaign_id);
}

Result<store::CampaignEntryRecord> EntryWithFile(const CampaignDesk& desk, store::Id entry_id) {
  SW_RETURN_IF_ERROR(MayReadCampaigns(desk.actor));
  auto entry = store::CampaignRepository(desk.db).GetEntry(entry_id);
  const bool mine = entry.ok() && desk.actor.user_id && entry->author_user_id == desk.actor.user_id;
  if (!entry.ok() || entry->district_code != desk.district() ||
      !(mine || MayOrganizeCampaigns(desk.actor).ok())) {
    return NotFound("作品不存在 no such entry");
  }
  return entry;
}

Result<std::vector<store::UserRecord>> ReviewerCandidates(const CampaignDesk& desk) {
  SW_RETURN_IF_ERROR(MayOrganizeCampaigns(desk.actor));
  SW_ASSIGN_OR_RETURN(auto users, store::UserRepository(desk.db).List(desk.district()));
  std::vector<store::UserRecord> out;
  for (auto& u : users) {
    if (MayReviewCampaigns(u).ok()) out.push_back(std::move(u));
  }
  return out;
}

Result<CampaignAbilities> AbilitiesOf(const CampaignDesk& desk, const store::CampaignRecord& campaign) {
  CampaignAbilities a;
  a.organize = MayOrganizeCampaigns(desk.actor).ok();
  a.enter = MayEnterCampaign(desk.actor).ok() && campaign.state == kCampaignOpen &&
            WindowOpen(campaign, desk.clock.Now());
  SW_ASSIGN_OR_RETURN(auto reviewers, store::CampaignRepository(desk.db).Reviewers(campaign.id));
  for (const auto& r : reviewers)
    a.review = a.review || (desk.actor.user_id && r.user_id == *desk.actor.user_id);
  return a;
}

}  // namespace sanwang::governance
