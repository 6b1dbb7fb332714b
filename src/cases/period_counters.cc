#include "cases/period_counters.h"

#include "cases/indicators.h"
#include "store/case_statistics_repository.h"

namespace sanwang::cases {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

LocalDate NextDay(LocalDate d) { return LocalDate{sys_days{d} + days{1}}; }

LocalDate LastDayOfMonth(LocalDate d) { return LocalDate{d.year() / d.month() / std::chrono::last}; }

int MonthKey(LocalDate d) {
  return static_cast<int>(d.year()) * 100 + static_cast<int>(static_cast<unsigned>(d.month()));
}

}  // namespace

UnixSeconds DayPeriod::start() const { return StartOfLocalDay(from); }
UnixSeconds DayPeriod::end() const { return StartOfLocalDay(NextDay(to)); }

PeriodSplit SplitByMonth(const DayPeriod& period) {
  PeriodSplit split;
  LocalDate cursor = period.from;
  while (sys_days{cursor} <= sys_days{period.to}) {
    LocalDate month_end = LastDayOfMonth(cursor);
    bool whole = static_cast<unsigned>(cursor.day()) == 1 && sys_days{month_end} <= sys_days{period.to};
    if (whole) {
      if (split.first_month == 0) split.first_month = MonthKey(cursor);
      split.last_month = MonthKey(cursor);
    } else {
      LocalDate stop = sys_days{month_end} <= sys_days{period.to} ? month_end : period.to;
      split.partial.emplace_back(StartOfLocalDay(cursor), StartOfLocalDay(NextDay(stop)));
    }
    cursor = NextDay(month_end);
  }
  return split;
}

Result<std::map<store::Id, store::CaseCounters>> CountersOverDays(store::Database& db,
                                                                  const std::string& district,
                                                                  const std::vector<store::Id>& units,
                                                                  const DayPeriod& period) {
  std::map<store::Id, store::CaseCounters> sums;
  for (store::Id u : units) sums[u];
  PeriodSplit split = SplitByMonth(period);
  if (split.first_month != 0) {
    store::CaseRepository repo(db);
    SW_ASSIGN_OR_RETURN(auto rows, repo.MonthlyCounters(units, split.first_month, split.last_month));
    for (const auto& r : rows) AddCounters(sums[r.unit_id], r.counters);
  }
  store::CaseStatisticsRepository stats(db);
  for (const auto& [start, end] : split.partial) {
    SW_ASSIGN_OR_RETURN(auto counted, stats.CountersByUnit(district, units, start, end));
    for (const auto& [unit, k] : counted) AddCounters(sums[unit], k);
  }
  return sums;
}

}  // namespace sanwang::cases
