// Publishing a computed assessment result (考评通报, docs/governance.md §6): the period's
// ranking goes out once as a numbered notice, rendered to PDF and XLSX at that moment and
// kept as those bytes for good.
//
//   PublishAssessment  by the supervision office (MayPlanLedger) and a named account:
//                      refuses a period with no computed result and one published
//                      already; gives the notice the district's next number of the year
//                      ("魏都区目标考评通报〔2026〕第 3 期", the year of publication in
//                      Shanghai), builds it (assessment_notice.h) with the office's
//                      opening and closing text, renders it, and in one transaction stores
//                      the two documents with their SHA-256 and marks the result published
//                      with the number. Nothing is written when any step fails.
//   ListReports        the district's published notices, newest first, without bytes;
//                      public, as the notices are
//   ReportOf           one notice with its stored bytes: never rendered again, so a later
//                      change of the scheme, the units' names or the renderer changes
//                      nothing of what was published
//
// A published notice is never edited: the store has no way to change one and the engines
// refuse an update of its row; recomputing its result is refused too (assessment_book.h).
// Functions over a Database and an OrgDirectory snapshot; thread-safe as the Database.
#pragma once

#include <string>
#include <vector>

#include "governance/assessment_book.h"
#include "governance/store/assessment_records.h"

namespace sanwang::governance {

// The office's own text: the opening paragraph(s) (empty: the standard sentence) and
// optional closing remarks, one paragraph per line.
struct NoticeText {
  std::string opening;
  std::string closing;
};

// The most bytes each of the office's texts may have.
inline constexpr std::size_t kMaxNoticeText = 8000;

Result<store::AssessmentReportRecord> PublishAssessment(const AssessmentBook& book,
                                                        const std::string& scheme_name,
                                                        const std::string& period, const NoticeText& text);

Result<std::vector<store::AssessmentReportRecord>> ListReports(store::Database& db,
                                                               const std::string& district_code);
Result<store::AssessmentReportRecord> ReportOf(store::Database& db, const std::string& district_code,
                                               store::Id id);

// "assessment-report-2026-03": the file name of the notice's documents without the extension.
std::string ReportFileStem(const store::AssessmentReportRecord& report);

// Reads the office's text from a file's contents: the lines before the first blank line
// are the opening, the rest the closing remarks.
NoticeText SplitNoticeText(const std::string& text);

}  // namespace sanwang::governance
