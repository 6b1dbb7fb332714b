// A venue's opening hours for one kind of day, as people write them: "08:30-21:00", or ""
// for closed. A venue has one such text for the working calendar's workdays and one for
// its rest days (weekends and holidays; make-up workdays count as workdays). Pure values
// and functions; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"
#include "core/working_calendar.h"

namespace sanwang::support {

struct DayHours {
  int open_second = 0;   // since local midnight
  int close_second = 0;  // after open_second; at most 24:00
};

// nullopt for "" (closed). `field` names the input in the error.
Result<std::optional<DayHours>> ParseDayHours(std::string_view text, const std::string& field);

// The hours that apply on `date`: the workday text on the calendar's workdays, else the
// rest-day text. Both texts must already be valid.
std::optional<DayHours> HoursOn(const WorkingCalendar& calendar, LocalDate date, const std::string& workday,
                                const std::string& rest_day);
// The text of the hours that apply on `date` ("" when closed), as a week calendar shows it.
const std::string& HoursTextOn(const WorkingCalendar& calendar, LocalDate date, const std::string& workday,
                               const std::string& rest_day);

}  // namespace sanwang::support
