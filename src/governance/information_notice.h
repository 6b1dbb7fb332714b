// The information notice (信息工作通报) as a report document (report/report_document.h):
// what publishing (information_publishing.h) renders once to PDF and XLSX and keeps.
//
// The notice reads, in order: the editors' opening paragraph (or the standard sentence);
// 一、排名情况, the ranking (rank, tied ranks "3=", the unit, items submitted, adopted, adopted
// at each level, adoption rate, points); 二、得分情况, a bar chart of the points of the units
// ranked highest; and the editors' closing remarks when there are any (三、有关要求). Pure
// functions; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "governance/assessment_period.h"
#include "governance/information_ranking.h"
#include "governance/information_words.h"
#include "report/report_document.h"

namespace sanwang::governance {

// How many units the chart shows: the first of the ranking.
inline constexpr std::size_t kChartedInformationUnits = 15;

struct InformationNoticeFacts {
  std::string district_name;  // "魏都区"
  std::string unit_kind;      // community, street or department
  AssessmentPeriod period;
  std::string number;
  LocalDate issued_on;
  std::string opening;  // empty: the standard opening sentence
  std::string closing;  // empty: none
};

// "关于2026年11月社区信息工作情况的通报".
std::string InformationNoticeTitle(const AssessmentPeriod& period, const std::string& unit_kind);
// "魏都区信息工作通报〔2026〕第 3 期".
std::string InformationNoticeNumber(const std::string& district_name, int year, std::int64_t sequence);

report::ReportDocument InformationNotice(const InformationNoticeFacts& facts,
                                         const std::vector<InformationStanding>& standings,
                                         const std::vector<InformationLevel>& levels);

}  // namespace sanwang::governance
