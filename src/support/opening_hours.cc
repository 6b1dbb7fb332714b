#include "support/opening_hours.h"

#include <cctype>

namespace sanwang::support {
namespace {

// "HH:MM" → seconds since midnight; 24:00 is allowed as a closing time.
std::optional<int> ParseClock(std::string_view text) {
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  for (std::size_t i : {0u, 1u, 3u, 4u}) {
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return std::nullopt;
  }
  const int hours = (text[0] - '0') * 10 + (text[1] - '0');
  const int minutes = (text[3] - '0') * 10 + (text[4] - '0');
  if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) return std::nullopt;
  return hours * 3600 + minutes * 60;
}

}  // namespace

Result<std::optional<DayHours>> ParseDayHours(std::string_view text, const std::string& field) {
  if (text.empty()) return std::optional<DayHours>();
  const auto bad = [&field] {
    return InvalidArgument(
        "开放时间应形如 08:30-21:00 opening hours must look like 08:30-21:00, or be empty when closed",
        field);
  };
  if (text.size() != 11 || text[5] != '-') return bad();
  const auto open = ParseClock(text.substr(0, 5));
  const auto close = ParseClock(text.substr(6, 5));
  if (!open || !close || *close <= *open) return bad();
  return std::optional<DayHours>(DayHours{*open, *close});
}

const std::string& HoursTextOn(const WorkingCalendar& calendar, LocalDate date, const std::string& workday,
                               const std::string& rest_day) {
  return calendar.IsWorkday(date) ? workday : rest_day;
}

std::optional<DayHours> HoursOn(const WorkingCalendar& calendar, LocalDate date, const std::string& workday,
                                const std::string& rest_day) {
  auto hours = ParseDayHours(calendar.IsWorkday(date) ? workday : rest_day, "hours");
  return hours.ok() ? *hours : std::nullopt;
}

}  // namespace sanwang::support
