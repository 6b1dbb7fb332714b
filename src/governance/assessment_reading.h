// The assessments as the district's staff read them (docs/governance.md §7): the schemes and
// their versions, the computed results with the published notice of each, one result's
// ranking, and the hand-entered values of a period. Routes ask here; they keep no rule.
//
//   Who reads      the roles of org::LedgerReaderRoles: the supervision office, leaders and
//                  admins everything; community, street and department staff the schemes,
//                  the list of results, and in an unpublished result only the lines of
//                  their own unit and those below it. A published result is public (its
//                  notice is), so every reader sees all of its lines.
//   Hand entries   the office's (org::LedgerPlannerRoles), as entering them is.
//
// Functions over a Database and an OrgDirectory snapshot; thread-safe as the Database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "governance/assessment_book.h"
#include "governance/assessment_publishing.h"

namespace sanwang::governance {

// A computed result as listed: without its lines, with the notice it was published as.
struct ResultSummary {
  store::AssessmentResultRecord result;  // `units` empty, `unit_count` set
  std::string scheme_name;
  std::optional<store::Id> report_id;
};

// One result as the caller may read it: `result.units` keeps only the visible lines.
struct ResultReading {
  ResultSummary summary;
  store::AssessmentResultRecord result;
};

// PermissionDenied for a role that reads no assessment.
Status MayReadAssessments(const cases::Actor& actor);

// The newest version of each of the district's schemes, by name.
Result<std::vector<store::AssessmentSchemeVersionRecord>> ListSchemes(const AssessmentBook& book);
// The district's scheme with that id: its newest version, or `version` when given.
Result<StoredScheme> SchemeById(const AssessmentBook& book, store::Id scheme_id,
                                std::optional<std::int64_t> version = std::nullopt);
// Every version of the scheme with that id, oldest first.
Result<std::vector<store::AssessmentSchemeVersionRecord>> SchemeVersionsById(const AssessmentBook& book,
                                                                             store::Id scheme_id);

// The district's computed results, of one scheme when given, the newest period first.
Result<std::vector<ResultSummary>> ListResults(const AssessmentBook& book,
                                               std::optional<store::Id> scheme_id);
// One result with the lines the caller may see.
Result<ResultReading> ReadResult(const AssessmentBook& book, store::Id result_id);

// Every hand-entered value of a scheme's period, confirmed or not, oldest first.
Result<std::vector<store::AssessmentValueRecord>> ListValues(const AssessmentBook& book, store::Id scheme_id,
                                                             const std::string& period);

// Computes the period of the scheme with that id (ComputeAssessment).
Result<store::AssessmentResultRecord> ComputeById(const AssessmentBook& book, store::Id scheme_id,
                                                  const std::string& period);
// Publishes the result with that id (PublishAssessment).
Result<store::AssessmentReportRecord> PublishResult(const AssessmentBook& book, store::Id result_id,
                                                    const NoticeText& text);

}  // namespace sanwang::governance
