// Where an assessment's raw values come from (the sources of assessment_scheme.h), for one
// period and the units a scheme scores:
//
//   cases_*                    the case indicators of the units over the period's days
//                              (cases::CountersOverDays, attributed as every ranking of
//                              cases is); a share is absent when nothing was measured (no
//                              rated case: no satisfaction), a count of repeats never is
//   ledger_milestones_on_time  of the unit's own milestones due in the period, the share
//                              accepted on or before the end of their due day; absent
//                              when none fell due
//   information_submitted      the unit's own information items first submitted in the
//   information_adopted        period, and of them those adopted at any level (counts; a
//   information_adoption_rate  withdrawn item counts nowhere, information_ranking.h), and
//                              adopted / submitted, absent when nothing was submitted
//   manual                     the newest confirmed hand-entered value of the unit and
//                              period (assessment_book.h); absent without one
//
// Shares are percents in ten-thousandths, computed from the integer counters with the one
// rounding rule of scoring (MultiplyDivideRounded), never through floating point. Reads
// only; thread-safe as the Database.
#pragma once

#include <optional>
#include <vector>

#include "governance/assessment_period.h"
#include "governance/assessment_scoring.h"
#include "governance/store/information_records.h"
#include "governance/store/ledger_records.h"
#include "org/org_directory.h"
#include "store/records.h"

namespace sanwang::governance {

// part / whole as a percent in ten-thousandths; absent when `whole` is not positive.
std::optional<TenThousandths> PercentOf(std::int64_t part, std::int64_t whole);

// The value of a cases_* source from a unit's counters; absent for other sources.
std::optional<TenThousandths> CasesSourceValue(IndicatorSource source, const store::CaseCounters& counters);

// The value of an information_* source from a unit's counts; absent for other sources.
std::optional<TenThousandths> InformationSourceValue(IndicatorSource source,
                                                     const store::InformationUnitCounts& counts);

// The share of `milestones` (a unit's, due in the period) accepted by the end of their due
// day in Asia/Shanghai; absent for none.
std::optional<TenThousandths> MilestonesOnTimeShare(
    const std::vector<store::LedgerMilestoneRecord>& milestones);

// Every unit's raw values for the scheme's indicators over the period; `scheme_id`
// finds the hand-entered values.
Result<std::vector<UnitValues>> GatherValues(store::Database& db, const org::OrgDirectory& org,
                                             const AssessmentScheme& scheme, store::Id scheme_id,
                                             const AssessmentPeriod& period,
                                             const std::vector<const store::UnitRecord*>& units);

}  // namespace sanwang::governance
