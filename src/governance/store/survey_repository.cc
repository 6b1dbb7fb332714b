#include "governance/store/survey_repository.h"

#include "store/record_columns.h"
#include "store/sql_text.h"

namespace sanwang::store {
namespace {

using SurveyColumn = RecordColumn<SurveyRecord>;
using ResponseColumn = RecordColumn<SurveyResponseRecord>;

// The columns after the id that a draft may change, then those fixed at creation.
const std::vector<SurveyColumn>& EditableColumns() {
  using S = SurveyRecord;
  static const std::vector<SurveyColumn> kColumns = {
      Field<&S::title>("title"),
      Field<&S::intro>("intro"),
      Field<&S::series>("series"),
      Field<&S::period>("period"),
      Field<&S::area_unit_id>("area_unit_id"),
      Field<&S::opens_at>("opens_at"),
      Field<&S::closes_at>("closes_at"),
      Field<&S::questionnaire>("questionnaire"),
      Field<&S::indices>("indices"),
  };
  return kColumns;
}

const std::vector<SurveyColumn>& SurveyColumns() {
  using S = SurveyRecord;
  static const std::vector<SurveyColumn> kColumns = [] {
    std::vector<SurveyColumn> all = EditableColumns();
    all.push_back(Field<&S::district_code>("district_code"));
    all.push_back(Field<&S::state>("state"));
    all.push_back(Field<&S::created_by>("created_by"));
    all.push_back(Field<&S::created_at>("created_at"));
    all.push_back(Field<&S::demo>("demo"));
    return all;
  }();
  return kColumns;
}

const std::vector<ResponseColumn>& ResponseColumns() {
  using R = SurveyResponseRecord;
  static const std::vector<ResponseColumn> kColumns = {
      Field<&R::survey_id>("survey_id"),
      Field<&R::district_code>("district_code"),
      Field<&R::community_id>("community_id"),
      Field<&R::account_id>("account_id"),
      Field<&R::channel>("channel"),
      Field<&R::answers>("answers"),
      Field<&R::recorded_by>("recorded_by"),
      Field<&R::submitted_at>("submitted_at"),
      Field<&R::demo>("demo"),
  };
  return kColumns;
}

constexpr const char* kInsertResponse = "INSERT INTO srv_responses (";

Result<Id> InsertResponseRow(Database& db, const SurveyResponseRecord& response) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db.Query(std::string(kInsertResponse) + ColumnList(ResponseColumns()) + ") VALUES (" +
                                   Placeholders(ResponseColumns().size()) + ") RETURNING id",
                               ColumnValues(ResponseColumns(), response)));
  return rows.at(0).Int(0);
}

}  // namespace

Result<SurveyRecord> SurveyRepository::InsertSurvey(SurveyRecord survey) {
  SW_ASSIGN_OR_RETURN(auto taken, db_.Query("SELECT 1 FROM srv_surveys WHERE district_code = ? AND title = ?",
                                            {survey.district_code, survey.title}));
  if (!taken.empty()) return AlreadyExists("已有同名测评 a survey of that title exists");
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("INSERT INTO srv_surveys (" + ColumnList(SurveyColumns()) + ") VALUES (" +
                                    Placeholders(SurveyColumns().size()) + ") RETURNING id",
                                ColumnValues(SurveyColumns(), survey)));
  survey.id = rows.at(0).Int(0);
  return survey;
}

Result<SurveyRecord> SurveyRepository::GetSurvey(Id id) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query("SELECT id, " + ColumnList(SurveyColumns()) + " FROM srv_surveys WHERE id = ?", {id}));
  if (rows.empty()) return NotFound("测评不存在 no such survey");
  return RecordFromIdRow(SurveyColumns(), rows.front());
}

Result<std::vector<SurveyRecord>> SurveyRepository::Surveys(const std::string& district_code) {
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query("SELECT id, " + ColumnList(SurveyColumns()) +
                               " FROM srv_surveys WHERE district_code = ? ORDER BY opens_at DESC, id DESC",
                           {district_code}));
  std::vector<SurveyRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(RecordFromIdRow(SurveyColumns(), r));
  return out;
}

Status SurveyRepository::UpdateDraft(const SurveyRecord& survey) {
  std::string sets;
  for (const auto& column : EditableColumns())
    sets += std::string(sets.empty() ? "" : ", ") + column.name + " = ?";
  SqlParams params = ColumnValues(EditableColumns(), survey);
  params.push_back(survey.id);
  SW_ASSIGN_OR_RETURN(
      auto changed,
      db_.Execute("UPDATE srv_surveys SET " + sets + " WHERE id = ? AND state = 'draft'", params));
  if (changed == 0) return Conflict("测评已发布，不能修改 the survey is no longer a draft");
  return Status::Ok();
}

Status SurveyRepository::MoveSurvey(Id id, const std::string& from, const std::string& to) {
  SW_ASSIGN_OR_RETURN(
      auto moved, db_.Execute("UPDATE srv_surveys SET state = ? WHERE id = ? AND state = ?", {to, id, from}));
  if (moved == 0)
    return Conflict("测评状态已被他人改变，请刷新后重试 the survey was moved by someone else; reload");
  return Status::Ok();
}

Result<SurveyResponseRecord> SurveyRepository::InsertResponse(SurveyResponseRecord response) {
  constexpr const char* kTwice =
      "您已参加过本次测评，每个账号只能答一次 this account has answered the survey already";
  if (response.account_id) {
    SW_ASSIGN_OR_RETURN(bool answered, HasAnswered(response.survey_id, *response.account_id));
    if (answered) return AlreadyExists(kTwice);
  }
  // In a transaction of its own (a savepoint inside the request's) so that two answers sent
  // at once, of which the unique key refuses the second, leave the outer transaction usable.
  Status inserted = db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(response.id, InsertResponseRow(db_, response));
    return Status::Ok();
  });
  if (inserted.code() == ErrorCode::kAlreadyExists) return AlreadyExists(kTwice);
  SW_RETURN_IF_ERROR(inserted);
  return response;
}

Status SurveyRepository::InsertResponses(const std::vector<SurveyResponseRecord>& responses) {
  return db_.InTransaction([&]() -> Status {
    for (const auto& response : responses) SW_RETURN_IF_ERROR(InsertResponseRow(db_, response).status());
    return Status::Ok();
  });
}

Result<std::vector<SurveyResponseRecord>> SurveyRepository::Responses(Id survey_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT id, " + ColumnList(ResponseColumns()) +
                                               " FROM srv_responses WHERE survey_id = ? ORDER BY id",
                                           {survey_id}));
  std::vector<SurveyResponseRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(RecordFromIdRow(ResponseColumns(), r));
  return out;
}

Result<bool> SurveyRepository::HasAnswered(Id survey_id, Id account_id) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT 1 FROM srv_responses WHERE survey_id = ? AND account_id = ?",
                                {survey_id, account_id}));
  return !rows.empty();
}

Status SurveyRepository::InsertLinks(const std::vector<SurveyLinkRecord>& links) {
  return db_.InTransaction([&]() -> Status {
    for (const auto& link : links) {
      SW_RETURN_IF_ERROR(
          db_.Execute("INSERT INTO srv_links (token_hash, survey_id, community_id, created_by, "
                      "created_at) VALUES (?, ?, ?, ?, ?)",
                      {link.token_hash, link.survey_id, link.community_id, Nullable(link.created_by),
                       link.created_at})
              .status());
    }
    return Status::Ok();
  });
}

Result<std::optional<SurveyLinkRecord>> SurveyRepository::FindLink(const std::string& token_hash) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT token_hash, survey_id, community_id, created_by, created_at, "
                                "used_at FROM srv_links WHERE token_hash = ?",
                                {token_hash}));
  if (rows.empty()) return std::optional<SurveyLinkRecord>();
  const Row& r = rows.front();
  return std::optional<SurveyLinkRecord>(
      SurveyLinkRecord{r.Text(0), r.Int(1), r.Int(2), r.OptInt(3), r.Int(4), r.OptInt(5)});
}

Result<SurveyResponseRecord> SurveyRepository::AnswerThroughLink(const std::string& token_hash,
                                                                 SurveyResponseRecord response) {
  SW_RETURN_IF_ERROR(db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(
        auto used, db_.Execute("UPDATE srv_links SET used_at = ? WHERE token_hash = ? AND used_at IS NULL",
                               {response.submitted_at, token_hash}));
    if (used == 0) return Conflict("该链接已经用过 this link has been used already");
    SW_ASSIGN_OR_RETURN(response.id, InsertResponseRow(db_, response));
    return Status::Ok();
  }));
  return response;
}

Result<std::pair<std::int64_t, std::int64_t>> SurveyRepository::LinkCounts(Id survey_id) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query("SELECT COUNT(*), COUNT(used_at) FROM srv_links WHERE survey_id = ?", {survey_id}));
  return std::make_pair(rows.at(0).Int(0), rows.at(0).Int(1));
}

}  // namespace sanwang::store
