// A survey's raw answers for analysis elsewhere (原始数据导出), as CSV or an XLSX workbook,
// without personal data: no account, no recorder, no link, only the community, the channel,
// the day (not the time, which with the community could point at a person) and the answers —
// one column per question, a matrix's rows each a column ("q3.road"), a multiple choice's
// options joined by ";". Organizers only (survey_access.h). Functions over a Database and
// an OrgDirectory snapshot; thread-safe as the Database.
#pragma once

#include <string>
#include <vector>

#include "governance/survey_desk.h"

namespace sanwang::governance {

struct AnswerTable {
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> rows;
};

// The answers as a table: 序号, 社区, 方式, 日期, then the questions.
Result<AnswerTable> SurveyAnswerTable(const SurveyDesk& desk, store::Id id);
// The table as CSV (UTF-8 with a byte-order mark, so that Excel reads the Chinese).
Result<std::string> SurveyAnswersCsv(const SurveyDesk& desk, store::Id id);
Result<std::string> SurveyAnswersXlsx(const SurveyDesk& desk, store::Id id);

}  // namespace sanwang::governance
