#include "governance/store/campaign_repository.h"

#include "store/record_columns.h"
#include "store/sql_text.h"

namespace sanwang::store {
namespace {

using CampaignColumn = RecordColumn<CampaignRecord>;
using EntryColumn = RecordColumn<CampaignEntryRecord>;

// The columns after the id, declared once for every read and write.
const std::vector<CampaignColumn>& CampaignColumns() {
  using C = CampaignRecord;
  static const std::vector<CampaignColumn> kColumns = {
      Field<&C::district_code>("district_code"),
      Field<&C::title>("title"),
      Field<&C::theme>("theme"),
      Field<&C::rules>("rules"),
      Field<&C::issuer>("issuer"),
      Field<&C::opens_at>("opens_at"),
      Field<&C::closes_at>("closes_at"),
      Field<&C::formats>("formats"),
      Field<&C::max_bytes>("max_bytes"),
      Field<&C::reviews_per_entry>("reviews_per_entry"),
      Field<&C::rubric>("rubric"),
      Field<&C::tiers>("tiers"),
      Field<&C::state>("state"),
      Field<&C::created_by>("created_by"),
      Field<&C::created_at>("created_at"),
      Field<&C::demo>("demo"),
  };
  return kColumns;
}

// Every entry column after the id but the bytes, which are read apart.
const std::vector<EntryColumn>& EntryColumns() {
  using E = CampaignEntryRecord;
  static const std::vector<EntryColumn> kColumns = {
      Field<&E::campaign_id>("campaign_id"),
      Field<&E::district_code>("district_code"),
      Field<&E::title>("title"),
      Field<&E::author_user_id>("author_user_id"),
      Field<&E::author_name>("author_name"),
      Field<&E::author_unit_id>("author_unit_id"),
      Field<&E::file_name>("file_name"),
      Field<&E::content_type>("content_type"),
      Field<&E::size_bytes>("size_bytes"),
      Field<&E::sha256>("sha256"),
      Field<&E::submitted_at>("submitted_at"),
  };
  return kColumns;
}

CampaignReviewRecord ReviewFromRow(const Row& r) {
  return {r.Int(0), r.Int(1), r.Text(2), r.Int(3), r.Text(4), r.OptInt(5)};
}

}  // namespace

Result<CampaignRecord> CampaignRepository::InsertCampaign(CampaignRecord campaign) {
  SW_ASSIGN_OR_RETURN(auto taken,
                      db_.Query("SELECT 1 FROM camp_campaigns WHERE district_code = ? AND title = ?",
                                {campaign.district_code, campaign.title}));
  if (!taken.empty()) return AlreadyExists("已有同名活动 a campaign of that title exists");
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query("INSERT INTO camp_campaigns (" + ColumnList(CampaignColumns()) + ") VALUES (" +
                               Placeholders(CampaignColumns().size()) + ") RETURNING id",
                           ColumnValues(CampaignColumns(), campaign)));
  campaign.id = rows.at(0).Int(0);
  return campaign;
}

Result<CampaignRecord> CampaignRepository::GetCampaign(Id id) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query("SELECT id, " + ColumnList(CampaignColumns()) + " FROM camp_campaigns WHERE id = ?", {id}));
  if (rows.empty()) return NotFound("活动不存在 no such campaign");
  return RecordFromIdRow(CampaignColumns(), rows.front());
}

Result<std::vector<CampaignRecord>> CampaignRepository::Campaigns(const std::string& district_code) {
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query("SELECT id, " + ColumnList(CampaignColumns()) +
                               " FROM camp_campaigns WHERE district_code = ? ORDER BY opens_at DESC, id DESC",
                           {district_code}));
  std::vector<CampaignRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(RecordFromIdRow(CampaignColumns(), r));
  return out;
}

Status CampaignRepository::MoveCampaign(Id id, const std::string& from, const std::string& to) {
  SW_ASSIGN_OR_RETURN(
      auto moved,
      db_.Execute("UPDATE camp_campaigns SET state = ? WHERE id = ? AND state = ?", {to, id, from}));
  if (moved == 0)
    return Conflict("活动状态已被他人改变，请刷新后重试 the campaign was moved by someone else; reload");
  return Status::Ok();
}

Status CampaignRepository::PutReviewer(const CampaignReviewerRecord& reviewer) {
  return db_.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(db_.Execute("DELETE FROM camp_reviewers WHERE campaign_id = ? AND user_id = ?",
                                   {reviewer.campaign_id, reviewer.user_id})
                           .status());
    return db_
        .Execute("INSERT INTO camp_reviewers (campaign_id, user_id, declared) VALUES (?, ?, ?)",
                 {reviewer.campaign_id, reviewer.user_id, reviewer.declared})
        .status();
  });
}

Result<std::vector<CampaignReviewerRecord>> CampaignRepository::Reviewers(Id campaign_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT campaign_id, user_id, declared FROM camp_reviewers "
                                           "WHERE campaign_id = ? ORDER BY user_id",
                                           {campaign_id}));
  std::vector<CampaignReviewerRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back({r.Int(0), r.Int(1), r.Text(2)});
  return out;
}

Result<CampaignEntryRecord> CampaignRepository::InsertEntry(CampaignEntryRecord entry) {
  SqlParams params = ColumnValues(EntryColumns(), entry);
  params.push_back(Blob{entry.data});
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query("INSERT INTO camp_entries (" + ColumnList(EntryColumns()) + ", data) VALUES (" +
                               Placeholders(EntryColumns().size() + 1) + ") RETURNING id",
                           params));
  entry.id = rows.at(0).Int(0);
  return entry;
}

Result<CampaignEntryRecord> CampaignRepository::GetEntry(Id id) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query("SELECT id, " + ColumnList(EntryColumns()) + ", data FROM camp_entries WHERE id = ?", {id}));
  if (rows.empty()) return NotFound("作品不存在 no such entry");
  CampaignEntryRecord entry = RecordFromIdRow(EntryColumns(), rows.front());
  entry.data = rows.front().Bytes(1 + EntryColumns().size());
  return entry;
}

Result<std::vector<CampaignEntryRecord>> CampaignRepository::Entries(Id campaign_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT id, " + ColumnList(EntryColumns()) +
                                               " FROM camp_entries WHERE campaign_id = ? ORDER BY id",
                                           {campaign_id}));
  std::vector<CampaignEntryRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(RecordFromIdRow(EntryColumns(), r));
  return out;
}

Result<std::int64_t> CampaignRepository::CountEntriesBy(Id campaign_id, Id author_user_id) {
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query("SELECT COUNT(*) FROM camp_entries WHERE campaign_id = ? AND author_user_id = ?",
                           {campaign_id, author_user_id}));
  return rows.at(0).Int(0);
}

Status CampaignRepository::ReplaceAssignments(Id campaign_id, const std::vector<std::pair<Id, Id>>& pairs) {
  return db_.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(db_.Execute("DELETE FROM camp_reviews WHERE campaign_id = ?", {campaign_id}).status());
    for (const auto& [entry, reviewer] : pairs) {
      SW_RETURN_IF_ERROR(
          db_.Execute("INSERT INTO camp_reviews (entry_id, reviewer_id, campaign_id, scores, comment) "
                      "VALUES (?, ?, ?, '{}', '')",
                      {entry, reviewer, campaign_id})
              .status());
    }
    return Status::Ok();
  });
}

Result<std::vector<CampaignReviewRecord>> CampaignRepository::Reviews(Id campaign_id) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT entry_id, reviewer_id, scores, total, comment, submitted_at "
                                "FROM camp_reviews WHERE campaign_id = ? ORDER BY entry_id, reviewer_id",
                                {campaign_id}));
  std::vector<CampaignReviewRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(ReviewFromRow(r));
  return out;
}

Result<std::vector<CampaignReviewRecord>> CampaignRepository::ReviewsOfEntry(Id entry_id) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT entry_id, reviewer_id, scores, total, comment, submitted_at "
                                "FROM camp_reviews WHERE entry_id = ? ORDER BY reviewer_id",
                                {entry_id}));
  std::vector<CampaignReviewRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(ReviewFromRow(r));
  return out;
}

Status CampaignRepository::SubmitReview(const CampaignReviewRecord& review) {
  SW_ASSIGN_OR_RETURN(
      auto updated,
      db_.Execute("UPDATE camp_reviews SET scores = ?, total = ?, comment = ?, submitted_at = ? "
                  "WHERE entry_id = ? AND reviewer_id = ?",
                  {review.scores, review.total, review.comment, Nullable(review.submitted_at),
                   review.entry_id, review.reviewer_id}));
  if (updated == 0) return NotFound("未分配给您评审的作品 no such entry among your reviews");
  return Status::Ok();
}

Status CampaignRepository::ReplaceAwards(Id campaign_id, const std::vector<CampaignAwardRecord>& awards) {
  return db_.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(db_.Execute("DELETE FROM camp_awards WHERE campaign_id = ?", {campaign_id}).status());
    for (const auto& a : awards) {
      SW_RETURN_IF_ERROR(
          db_.Execute("INSERT INTO camp_awards (entry_id, campaign_id, tier, decided_by, decided_at) "
                      "VALUES (?, ?, ?, ?, ?)",
                      {a.entry_id, campaign_id, a.tier, Nullable(a.decided_by), a.decided_at})
              .status());
    }
    return Status::Ok();
  });
}

Result<std::vector<CampaignAwardRecord>> CampaignRepository::Awards(Id campaign_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT entry_id, tier, decided_by, decided_at FROM camp_awards "
                                           "WHERE campaign_id = ? ORDER BY entry_id",
                                           {campaign_id}));
  std::vector<CampaignAwardRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back({r.Int(0), r.Text(1), r.OptInt(2), r.Int(3)});
  return out;
}

}  // namespace sanwang::store
