// The notice of a computed assessment result (考评通报) as a report document
// (report/report_document.h): what the publishing step (assessment_publishing.h) renders
// once to PDF and XLSX and keeps.
//
// The notice reads, in order: the office's opening paragraph; 一、考评排名, the ranking
// (rank, tied ranks shown "3=", the unit, its total to two decimals, its movement against
// the previous period, a remark for a unit with missing data); 二、分项得分, each unit's
// points per indicator; 三、指标对比, a bar chart of each indicator's average points over
// the units and, per indicator, a chart of its points for the units ranked highest; and
// the office's closing remarks when there are any (四、有关要求). Pure functions; thread-safe.
#pragma once

#include <string>

#include "governance/assessment_period.h"
#include "governance/store/assessment_records.h"
#include "report/report_document.h"

namespace sanwang::governance {

// How many units each indicator's chart shows: the first of the ranking.
inline constexpr std::size_t kChartedUnits = 10;

struct NoticeFacts {
  std::string district_name;  // "魏都区"
  std::string scheme_name;
  std::string unit_kind;  // the scheme's unit kind: community, street, …
  AssessmentPeriod period;
  std::string number;
  LocalDate issued_on;
  std::string opening;  // empty: the standard opening sentence
  std::string closing;  // empty: none
};

// "社区", "街道", "部门", "网格"; "单位" for any other kind.
std::string UnitKindInChinese(const std::string& kind);
// "2026年第四季度", "2026年11月", "2026年度".
std::string PeriodInChinese(const AssessmentPeriod& period);
// "关于2026年第四季度社区目标考评结果的通报".
std::string NoticeTitle(const AssessmentPeriod& period, const std::string& unit_kind);
// "魏都区目标考评通报〔2026〕第 3 期".
std::string NoticeNumber(const std::string& district_name, int year, std::int64_t sequence);
// The notice of `result` (its units by rank, with their stored breakdowns).
report::ReportDocument AssessmentNotice(const NoticeFacts& facts,
                                        const store::AssessmentResultRecord& result);

}  // namespace sanwang::governance
