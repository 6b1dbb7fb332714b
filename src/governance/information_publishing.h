// Publishing the information ranking (信息工作通报, docs/governance.md §8): a period's
// ranking of one kind of unit goes out once as a numbered notice, rendered to PDF and XLSX
// at that moment and kept as those bytes for good, as the assessment's notices are.
//
//   PublishInformation  by the editors (MayEditInformation) and a named account, once the
//                       period has ended (in Asia/Shanghai); refuses a period and kind
//                       published already; gives the notice the district's next number
//                       of the year ("魏都区信息工作通报〔2026〕第 3 期"), builds it
//                       (information_notice.h) with the editors' opening and closing
//                       text, renders it and stores it in one transaction. Nothing is
//                       written when any step fails.
//   InformationReports  the district's published notices, newest first, without bytes;
//                       for the readers of information work
//   InformationReportOf one notice with its stored bytes, never rendered again
//
// Functions over a Database and an OrgDirectory snapshot; thread-safe as the Database.
#pragma once

#include <string>
#include <vector>

#include "governance/assessment_publishing.h"
#include "governance/information_desk.h"

namespace sanwang::governance {

Result<store::InformationReportRecord> PublishInformation(const InformationDesk& desk,
                                                          const std::string& period,
                                                          const std::string& unit_kind,
                                                          const NoticeText& text);
Result<std::vector<store::InformationReportRecord>> InformationReports(const InformationDesk& desk);
Result<store::InformationReportRecord> InformationReportOf(const InformationDesk& desk, store::Id id);
// "information-report-2026-03": the file name of the notice's documents without the extension.
std::string InformationReportFileStem(const store::InformationReportRecord& report);

}  // namespace sanwang::governance
