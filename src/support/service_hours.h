// Service hours of volunteer activities: the minutes credited for a check-in and a
// check-out (rounded to the nearest half hour, a quarter rounding up), the bounds of a
// Shanghai calendar year, the yearly totals per workplace of the members' hours, and the
// same as CSV.
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "core/time.h"
#include "support/store/activity_records.h"

namespace sanwang::support {

// checked_out − checked_in rounded to half hours: 44 minutes credit 30, 45 credit 60; never
// negative.
std::int64_t CreditedMinutes(UnixSeconds checked_in, UnixSeconds checked_out);

// [1 January 00:00, next 1 January 00:00) of `year` in Asia/Shanghai, as Unix seconds.
std::pair<UnixSeconds, UnixSeconds> LocalYearBounds(int year);

struct WorkplaceHours {
  std::string workplace;
  std::int64_t members = 0;
  std::int64_t activities = 0;
  std::int64_t minutes = 0;
  std::vector<store::ServiceHoursRow> rows;  // its members, as given
};

// The rows as CSV (header workplace, user_id, name, activities, minutes, hours; hours with
// one decimal), cells escaped against spreadsheet formulas.
std::string ServiceHoursCsv(const std::vector<store::ServiceHoursRow>& rows);

// Groups the rows (ordered by workplace, as the repository gives them) per workplace.
std::vector<WorkplaceHours> HoursPerWorkplace(const std::vector<store::ServiceHoursRow>& rows);

}  // namespace sanwang::support
