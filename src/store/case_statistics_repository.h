// Aggregate reads over cases for the dashboard, the rankings and the map: figures per
// local day, per aspect, per unit over a period, and the open load per grid or community.
//
// The monthly counters of `case_monthly_stats` (CaseRepository::MonthlyCounters) answer
// whole months; CountersByUnit answers any stretch of days from the cases themselves,
// attributing each case to its grid, community, sub-district and handling unit exactly as
// those counters do, so that the two add up. Days are Asia/Shanghai calendar days,
// numbered from 1970-01-01.
//
// Same thread-safety as the Database.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "store/case_repository.h"

namespace sanwang::store {

// Which cases a figure covers: those of a district, handled by or located in a subtree
// (`scope_path`, as CaseFilter::scope_path; empty: the whole district).
struct CaseScope {
  std::string district_code;
  std::string scope_path;
};

struct DayFigures {
  std::int64_t created = 0;
  std::int64_t resolved = 0;
  std::int64_t deadlines_missed = 0;  // resolve deadline fell that day and was not met
};

// Open cases of one unit, and how many of them are past their resolve deadline.
struct OpenLoad {
  std::int64_t open = 0;
  std::int64_t past_deadline = 0;
};

// The place a case lies in, for OpenLoadBy.
enum class PlaceColumn { kGrid, kCommunity, kStreet };

class CaseStatisticsRepository {
 public:
  explicit CaseStatisticsRepository(Database& db) : db_(db) {}

  // Counters per unit for cases created in [from, to), attributed like case_monthly_stats.
  Result<std::map<Id, CaseCounters>> CountersByUnit(const std::string& district, const std::vector<Id>& units,
                                                    UnixSeconds from, UnixSeconds to);
  // Counters of every case of the scope created in [from, to), each counted once.
  Result<CaseCounters> CountersOfScope(const CaseScope& scope, UnixSeconds from, UnixSeconds to);
  // Per local day in [from, to): cases filed, cases resolved, and deadlines missed — the
  // resolve deadline fell that day, before `now`, and the case was resolved late or is
  // still in one of `open_states`.
  Result<std::map<std::int64_t, DayFigures>> PerDay(const CaseScope& scope, UnixSeconds from, UnixSeconds to,
                                                    UnixSeconds now,
                                                    const std::vector<std::string>& open_states);
  // Cases filed in [from, to) per catalog aspect code (cases without an item are left out).
  Result<std::vector<std::pair<std::string, std::int64_t>>> CountsByAspect(const CaseScope& scope,
                                                                           UnixSeconds from, UnixSeconds to);
  // Open cases per grid / community / sub-district they lie in; past deadline at `now`.
  Result<std::map<Id, OpenLoad>> OpenLoadBy(const std::string& district, PlaceColumn column, UnixSeconds now,
                                            const std::vector<std::string>& open_states);

 private:
  Database& db_;
};

}  // namespace sanwang::store
