#include "governance/survey_export.h"

#include "core/csv.h"
#include "core/time.h"
#include "governance/survey_access.h"
#include "report/xlsx_renderer.h"

namespace sanwang::governance {
namespace {

using nlohmann::json;

// One column per question, a matrix one per row.
std::vector<std::string> QuestionColumns(const Questionnaire& questionnaire) {
  std::vector<std::string> out;
  for (const Question& q : questionnaire) {
    if (q.kind == QuestionKind::kMatrix) {
      for (const QuestionOption& row : q.options) out.push_back(q.code + "." + row.code);
    } else {
      out.push_back(q.code);
    }
  }
  return out;
}

std::string Cell(const json& value) {
  if (value.is_null()) return "";
  if (value.is_string()) return value.get<std::string>();
  if (value.is_array()) {
    std::string joined;
    for (const json& v : value) joined += (joined.empty() ? "" : ";") + Cell(v);
    return joined;
  }
  return value.dump();
}

std::vector<std::string> AnswerCells(const Questionnaire& questionnaire, const json& answers) {
  std::vector<std::string> out;
  for (const Question& q : questionnaire) {
    const json value = answers.is_object() && answers.contains(q.code) ? answers[q.code] : json();
    if (q.kind == QuestionKind::kMatrix) {
      for (const QuestionOption& row : q.options)
        out.push_back(value.is_object() && value.contains(row.code) ? Cell(value[row.code]) : "");
    } else {
      out.push_back(Cell(value));
    }
  }
  return out;
}

}  // namespace

Result<AnswerTable> SurveyAnswerTable(const SurveyDesk& desk, store::Id id) {
  SW_RETURN_IF_ERROR(MayOrganizeSurveys(desk.actor));
  SW_ASSIGN_OR_RETURN(Survey survey, FindSurvey(desk, id));
  SW_ASSIGN_OR_RETURN(auto responses, store::SurveyRepository(desk.db).Responses(id));
  AnswerTable table;
  table.columns = {"序号 No.", "社区 Community", "方式 Channel", "日期 Date"};
  for (const std::string& c : QuestionColumns(survey.terms.questionnaire)) table.columns.push_back(c);
  std::int64_t n = 0;
  for (const auto& r : responses) {
    const store::UnitRecord* community = desk.org.Find(r.community_id);
    std::vector<std::string> row = {std::to_string(++n), community ? community->name : "", r.channel,
                                    FormatDate(LocalDateOf(r.submitted_at))};
    for (std::string& cell : AnswerCells(survey.terms.questionnaire, json::parse(r.answers, nullptr, false)))
      row.push_back(std::move(cell));
    table.rows.push_back(std::move(row));
  }
  return table;
}

Result<std::string> SurveyAnswersCsv(const SurveyDesk& desk, store::Id id) {
  SW_ASSIGN_OR_RETURN(AnswerTable table, SurveyAnswerTable(desk, id));
  std::string out = "\xEF\xBB\xBF" + CsvLine(table.columns);
  for (const auto& row : table.rows) out += CsvLine(row);
  return out;
}

Result<std::string> SurveyAnswersXlsx(const SurveyDesk& desk, store::Id id) {
  SW_ASSIGN_OR_RETURN(Survey survey, FindSurvey(desk, id));
  SW_ASSIGN_OR_RETURN(AnswerTable table, SurveyAnswerTable(desk, id));
  report::ReportDocument doc;
  doc.title = survey.record.title;
  doc.subtitle = survey.record.period + " 原始答卷 raw answers";
  doc.issued_on = LocalDateOf(desk.clock.Now());
  doc.blocks.push_back(
      report::Paragraph{"不含个人信息：只有社区、作答方式、日期和答案。 No personal data: the community, the "
                        "channel, the day and "
                        "the answers only."});
  doc.blocks.push_back(report::Table{"答卷 Answers", table.columns, table.rows, {}, {}});
  return report::RenderXlsx(doc);
}

}  // namespace sanwang::governance
