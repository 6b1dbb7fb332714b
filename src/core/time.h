// Time as the platform uses it: instants are Unix seconds (UTC); people see them in
// Asia/Shanghai, formatted as ISO 8601 with the offset (+08:00).
//
// China has kept UTC+8 all year without daylight saving since 1991, so local time is a
// fixed offset; no time-zone database is needed. Pure functions, thread-safe.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace sanwang {

using UnixSeconds = std::int64_t;

inline constexpr int kShanghaiOffsetSeconds = 8 * 3600;

// A calendar date in Asia/Shanghai.
using LocalDate = std::chrono::year_month_day;

// "2026-11-29T11:49:09+08:00".
std::string FormatIso8601(UnixSeconds t);
// "2026-11-29".
std::string FormatDate(LocalDate d);

// Accepts "YYYY-MM-DDTHH:MM:SS" with an optional fraction and an offset ("Z", "+08:00",
// "+0800"); without an offset the time is taken as Asia/Shanghai. Also "YYYY-MM-DD"
// (local midnight).
Result<UnixSeconds> ParseIso8601(std::string_view text);
Result<LocalDate> ParseDate(std::string_view text);

// The Shanghai calendar date an instant falls on, and seconds since that local midnight.
LocalDate LocalDateOf(UnixSeconds t);
int LocalSecondOfDay(UnixSeconds t);
// "07:30" as minutes after midnight (450); nothing unless exactly HH:MM within a day.
std::optional<int> ParseClockTime(std::string_view text);
// Minutes after midnight as "07:30".
std::string ClockText(int minute_of_day);
// The instant of local midnight starting a date.
UnixSeconds StartOfLocalDay(LocalDate d);
// Month key used to group indicators: 202611 for November 2026 (local time).
int LocalMonthKey(UnixSeconds t);
// 1 = Monday … 7 = Sunday.
unsigned IsoWeekday(LocalDate d);

}  // namespace sanwang
