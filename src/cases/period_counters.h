// Indicator counters per unit over any stretch of days, not only whole months.
//
// Whole months come from the monthly summary (case_monthly_stats); the days before the
// first whole month and after the last one are counted from the cases themselves, with
// the same attribution (a case counts for its grid, community, sub-district and handling
// unit, in the period it was filed). So a year's ranking still reads a few thousand
// summary rows, and a period of 1–15 November is exact.
#pragma once

#include <map>
#include <vector>

#include "core/time.h"
#include "store/case_repository.h"

namespace sanwang::cases {

// Cases filed on the local days from..to, both inclusive.
struct DayPeriod {
  LocalDate from;
  LocalDate to;

  UnixSeconds start() const;  // local midnight starting `from`
  UnixSeconds end() const;    // local midnight after `to`
};

// The period split into whole calendar months (as month keys, 202611) and the stretches of
// days outside them, as [start, end) instants.
struct PeriodSplit {
  int first_month = 0;  // 0: no whole month
  int last_month = 0;
  std::vector<std::pair<UnixSeconds, UnixSeconds>> partial;
};
PeriodSplit SplitByMonth(const DayPeriod& period);

Result<std::map<store::Id, store::CaseCounters>> CountersOverDays(store::Database& db,
                                                                  const std::string& district,
                                                                  const std::vector<store::Id>& units,
                                                                  const DayPeriod& period);

}  // namespace sanwang::cases
