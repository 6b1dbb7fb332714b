// The baseline the summary table is measured against: every community's indicator
// counters per month computed straight from the `cases` table with one GROUP BY, as a
// schema without `case_monthly_stats` would have to. Its SQL counts what
// store::ContributionOf counts, so the two must agree exactly; CompareCounters says
// where they do not.
//
// Grouping by community_id gives a community's counters only because every case's
// handling unit is its own grid, community or sub-district, a department or the command
// center, never another community (true of the synthetic cases; see synthetic_cases.h).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "cases/indicators.h"
#include "store/database.h"
#include "store/records.h"

namespace sanwang::bench {

// Per community and month in [from_month, to_month], ordered by community then month.
Result<std::vector<store::UnitMonthCounters>> CommunityCountersFromCases(store::Database& db,
                                                                         const std::string& district,
                                                                         int from_month, int to_month);

// The same, turned into indicators as cases::ComputeIndicators does.
Result<std::vector<cases::Indicators>> CommunityIndicatorsFromCases(store::Database& db,
                                                                    const std::string& district,
                                                                    int from_month, int to_month);

// Ok when both hold the same counters for the same (unit, month) pairs; otherwise writes
// one MISMATCH line per difference (the first few) to `report` and fails.
Status CompareCounters(const std::vector<store::UnitMonthCounters>& summary_table,
                       const std::vector<store::UnitMonthCounters>& from_cases, std::ostream& report);

// Ok when both lists hold the same indicators, row by row.
Status CompareIndicators(const std::vector<cases::Indicators>& summary_table,
                         const std::vector<cases::Indicators>& from_cases, std::ostream& report);

}  // namespace sanwang::bench
