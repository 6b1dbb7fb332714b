#include "governance/survey_import.h"

#include <cstdlib>

#include "core/csv.h"
#include "governance/survey_access.h"

namespace sanwang::governance {
namespace {

using nlohmann::json;

Status AtLine(std::size_t line, const Status& status) {
  return InvalidArgument(
      "第 " + std::to_string(line) + " 行：" + status.message() + " (line " + std::to_string(line) + ")",
      "file");
}

Result<json> Number(const std::string& cell, bool whole) {
  char* end = nullptr;
  const double v = std::strtod(cell.c_str(), &end);
  if (end == cell.c_str() || *end != '\0')
    return InvalidArgument("“" + cell + "” 不是数字 is not a number", "file");
  if (whole) return json(static_cast<std::int64_t>(std::llround(v)));
  return json(v);
}

// The cell as the answer's JSON for the question's kind; null for an empty cell.
Result<json> CellAnswer(const Question& q, const std::string& cell) {
  if (cell.empty()) return json();
  switch (q.kind) {
    case QuestionKind::kSingle:
    case QuestionKind::kText:
      return json(cell);
    case QuestionKind::kMultiple: {
      json out = json::array();
      std::size_t start = 0;
      while (start <= cell.size()) {
        const std::size_t end = std::min(cell.find(';', start), cell.size());
        if (end > start) out.push_back(cell.substr(start, end - start));
        start = end + 1;
      }
      return out;
    }
    case QuestionKind::kLikert:
      return Number(cell, true);
    case QuestionKind::kNumber:
      return Number(cell, false);
    case QuestionKind::kMatrix:
      break;
  }
  return json();
}

Result<json> RowAnswers(const Questionnaire& questionnaire, const CsvTable& table, std::size_t row) {
  json answers = json::object();
  for (const Question& q : questionnaire) {
    if (q.kind == QuestionKind::kMatrix) {
      json rows = json::object();
      for (const QuestionOption& r : q.options) {
        const std::string& cell = table.Get(row, q.code + "." + r.code);
        if (cell.empty()) continue;
        SW_ASSIGN_OR_RETURN(rows[r.code], Number(cell, true));
      }
      if (!rows.empty()) answers[q.code] = rows;
      continue;
    }
    SW_ASSIGN_OR_RETURN(json value, CellAnswer(q, table.Get(row, q.code)));
    if (!value.is_null()) answers[q.code] = value;
  }
  SW_RETURN_IF_ERROR(CheckResponse(questionnaire, answers));
  return answers;
}

Result<store::Id> RowCommunity(const SurveyDesk& desk, const Survey& survey, const std::string& cell) {
  for (const store::UnitRecord* c : AreaCommunities(desk.org, survey.record.area_unit_id)) {
    if (c->code == cell || c->name == cell) return c->id;
  }
  return InvalidArgument(
      "社区“" + cell + "”不在本次测评范围内 community '" + cell + "' is not in the survey's area",
      "community");
}

}  // namespace

Result<int> ImportAnswers(const SurveyDesk& desk, store::Id id, std::string_view csv) {
  SW_RETURN_IF_ERROR(MayOrganizeSurveys(desk.actor));
  SW_ASSIGN_OR_RETURN(Survey survey, FindSurvey(desk, id));
  SW_RETURN_IF_ERROR(CheckTakingAnswers(desk, survey.record));
  if (csv.substr(0, 3) == "\xEF\xBB\xBF") csv.remove_prefix(3);
  SW_ASSIGN_OR_RETURN(CsvTable table, CsvTable::Parse(csv, {"community", "channel"}));
  std::vector<store::SurveyResponseRecord> batch;
  for (std::size_t row = 0; row < table.size(); ++row) {
    const std::size_t line = table.LineOf(row);
    const std::string& channel = table.Get(row, "channel");
    if (channel != kChannelPaper && channel != kChannelTelephone)
      return AtLine(line,
                    InvalidArgument("录入方式须为 paper 或 telephone the channel is paper or telephone"));
    auto community = RowCommunity(desk, survey, table.Get(row, "community"));
    if (!community.ok()) return AtLine(line, community.status());
    auto answers = RowAnswers(survey.terms.questionnaire, table, row);
    if (!answers.ok()) return AtLine(line, answers.status());
    store::SurveyResponseRecord r;
    r.survey_id = id;
    r.district_code = desk.district();
    r.community_id = *community;
    r.channel = channel;
    r.answers = answers->dump();
    r.recorded_by = desk.actor.user_id;
    r.submitted_at = desk.clock.Now();
    batch.push_back(std::move(r));
  }
  if (batch.empty()) return InvalidArgument("文件中没有答卷 the file holds no answers", "file");
  SW_RETURN_IF_ERROR(store::SurveyRepository(desk.db).InsertResponses(batch));
  return static_cast<int>(batch.size());
}

}  // namespace sanwang::governance
