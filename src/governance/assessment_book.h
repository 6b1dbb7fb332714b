// The district's assessments (目标考评) as stored and computed: schemes saved with their
// history, values entered by hand and confirmed by a second person, and the computed
// ranking of a period (docs/governance.md §5).
//
//   SaveScheme         validates the scheme (ValidateScheme) and saves it under its name:
//                      version 1 of a new scheme, the next version of a changed one, no
//                      new version when nothing changed; old versions are never rewritten
//   EnterValue         a value of a manual indicator for a unit and period, with evidence
//   ConfirmValue       by an account other than the one that entered it; until then the
//                      value does not count
//   ComputeAssessment  every unit of the scheme's unit kind in the district: each
//                      indicator's value from its source (assessment_sources.h), scored
//                      (ScoreUnits), ranked with movement against the previous period's
//                      stored result (RankUnits), and stored in one transaction, replacing
//                      an unpublished result of the period; a published one is refused
//
// Saving, entering and confirming belong to org::LedgerPlannerRoles (the supervision
// office and admins); computing too, and to the system (the command line). Each refusal is
// in Chinese and English naming the field, and writes nothing. Functions over a Database
// and an OrgDirectory snapshot; thread-safe as the Database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cases/actor.h"
#include "core/clock.h"
#include "governance/assessment_period.h"
#include "governance/assessment_ranking.h"
#include "governance/store/assessment_repository.h"
#include "org/org_directory.h"

namespace sanwang::governance {

struct AssessmentBook {
  store::Database& db;
  const org::OrgDirectory& org;
  cases::Actor actor;
  const Clock& clock;

  const std::string& district() const { return org.district_code(); }
};

// A stored scheme version read back as a scheme.
struct StoredScheme {
  store::AssessmentSchemeVersionRecord record;
  AssessmentScheme scheme;
};

// Saves the scheme under its name; the newest version, new or unchanged.
Result<StoredScheme> SaveScheme(const AssessmentBook& book, const AssessmentScheme& scheme,
                                bool demo = false);
// The district's scheme of that name, newest version; with an empty name, the district's
// only scheme (NotFound when it has none, InvalidArgument naming them when several).
Result<StoredScheme> FindScheme(const AssessmentBook& book, const std::string& name);
// Every version of the named scheme, oldest first.
Result<std::vector<store::AssessmentSchemeVersionRecord>> SchemeHistory(const AssessmentBook& book,
                                                                        const std::string& name);

struct NewValue {
  std::string scheme;     // the scheme's name
  std::string period;     // "2026-Q4", of the scheme's kind
  std::string unit_code;  // a unit of the scheme's unit kind
  std::string indicator;  // the code of an indicator of source manual
  TenThousandths value = 0;
  std::string evidence;  // what the value rests on; required
};

Result<store::AssessmentValueRecord> EnterValue(const AssessmentBook& book, const NewValue& value);
Result<store::AssessmentValueRecord> ConfirmValue(const AssessmentBook& book, store::Id value_id);

// The period, refused (field "period") unless it is of the scheme's kind.
Result<AssessmentPeriod> PeriodOfScheme(const AssessmentScheme& scheme, const std::string& text);

// Computes and stores the period's result of the named scheme (see FindScheme for an
// empty name); the stored result, its units by rank. A demo scheme's results are demo data.
Result<store::AssessmentResultRecord> ComputeAssessment(const AssessmentBook& book,
                                                        const std::string& scheme_name,
                                                        const std::string& period);

// "new", "up", "down", "same": how a stored result keeps a movement.
std::string_view MovementName(MovementKind kind);
// A stored unit's movement read back.
Movement StoredMovement(const store::AssessmentResultUnitRecord& unit);

}  // namespace sanwang::governance
