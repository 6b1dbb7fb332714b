#include "core/working_calendar.h"

#include <algorithm>

#include "core/files.h"
#include "core/toml_text.h"

namespace sanwang {
namespace {

constexpr std::int64_t kSecondsPerDay = 86400;
// A deadline further than this is a configuration error, not a real SLA.
constexpr int kMaxDaysScanned = 3660;

std::int64_t DayNumber(LocalDate d) { return std::chrono::sys_days{d}.time_since_epoch().count(); }
LocalDate DateOfDayNumber(std::int64_t n) { return LocalDate{std::chrono::sys_days{std::chrono::days{n}}}; }

Result<int> ParseClock(std::string_view hhmm) {
  if (hhmm.size() != 5 || hhmm[2] != ':') return InvalidArgument("expected HH:MM, got " + std::string(hhmm));
  int h = (hhmm[0] - '0') * 10 + (hhmm[1] - '0');
  int m = (hhmm[3] - '0') * 10 + (hhmm[4] - '0');
  if (h < 0 || h > 24 || m < 0 || m > 59) return InvalidArgument("bad time " + std::string(hhmm));
  return h * 3600 + m * 60;
}

Result<std::vector<WorkingCalendar::Period>> ParsePeriods(std::string_view text) {
  SW_ASSIGN_OR_RETURN(toml::table parsed, ParseToml(text, "working hours"));
  const toml::array* list = parsed["periods"].as_array();
  if (list == nullptr || list->empty()) return InvalidArgument("working hours: 'periods' missing");
  std::vector<WorkingCalendar::Period> periods;
  for (const auto& node : *list) {
    std::string_view span = node.value_or(std::string_view{});
    if (span.size() != 11 || span[5] != '-') return InvalidArgument("period must be HH:MM-HH:MM");
    SW_ASSIGN_OR_RETURN(int start, ParseClock(span.substr(0, 5)));
    SW_ASSIGN_OR_RETURN(int end, ParseClock(span.substr(6, 5)));
    if (end <= start || (!periods.empty() && start < periods.back().end_second)) {
      return InvalidArgument("periods must be increasing and not overlap: " + std::string(span));
    }
    periods.push_back({start, end});
  }
  return periods;
}

Status AddDay(const toml::node& node, std::set<std::int64_t>& days) {
  SW_ASSIGN_OR_RETURN(LocalDate d, ParseDate(node.value_or(std::string_view{})));
  days.insert(DayNumber(d));
  return Status::Ok();
}

// One year file: [[holiday]] tables with from/to/name, and `workdays` (make-up days).
Status ParseYear(std::string_view text, std::set<std::int64_t>& holidays, std::set<std::int64_t>& workdays) {
  SW_ASSIGN_OR_RETURN(toml::table parsed, ParseToml(text, "calendar"));
  if (const toml::array* list = parsed["holiday"].as_array()) {
    for (const auto& entry : *list) {
      const toml::table* t = entry.as_table();
      if (t == nullptr) return InvalidArgument("calendar: holiday must be a table");
      SW_ASSIGN_OR_RETURN(LocalDate from, ParseDate((*t)["from"].value_or(std::string_view{})));
      SW_ASSIGN_OR_RETURN(LocalDate to, ParseDate((*t)["to"].value_or(std::string_view{})));
      if (DayNumber(to) < DayNumber(from) || DayNumber(to) - DayNumber(from) > 31) {
        return InvalidArgument("calendar: holiday range " + FormatDate(from) + " is not 1–31 days");
      }
      for (auto n = DayNumber(from); n <= DayNumber(to); ++n) holidays.insert(n);
    }
  }
  if (const toml::array* list = parsed["workdays"].as_array()) {
    for (const auto& node : *list) SW_RETURN_IF_ERROR(AddDay(node, workdays));
  }
  for (auto n : workdays) {
    if (IsoWeekday(DateOfDayNumber(n)) <= 5) {
      return InvalidArgument("calendar: make-up workday " + FormatDate(DateOfDayNumber(n)) +
                             " is not a weekend day");
    }
    if (holidays.count(n))
      return InvalidArgument("calendar: " + FormatDate(DateOfDayNumber(n)) + " is both holiday and workday");
  }
  return Status::Ok();
}

}  // namespace

WorkingCalendar::WorkingCalendar(std::vector<Period> periods, std::set<std::int64_t> holiday_days,
                                 std::set<std::int64_t> makeup_workdays)
    : periods_(std::move(periods)),
      holiday_days_(std::move(holiday_days)),
      makeup_workdays_(std::move(makeup_workdays)) {}

Result<WorkingCalendar> WorkingCalendar::Parse(std::string_view hours_toml,
                                               const std::vector<std::string>& year_tomls) {
  SW_ASSIGN_OR_RETURN(auto periods, ParsePeriods(hours_toml));
  std::set<std::int64_t> holidays, workdays;
  for (const auto& text : year_tomls) SW_RETURN_IF_ERROR(ParseYear(text, holidays, workdays));
  return WorkingCalendar(std::move(periods), std::move(holidays), std::move(workdays));
}

Result<WorkingCalendar> WorkingCalendar::LoadDirectory(const std::filesystem::path& dir) {
  SW_ASSIGN_OR_RETURN(std::string hours, ReadFileToString(dir / "working-hours.toml"));
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".toml" && entry.path().filename() != "working-hours.toml") {
      files.push_back(entry.path());
    }
  }
  if (ec) return NotFound("cannot list calendar directory " + dir.string());
  std::sort(files.begin(), files.end());
  std::vector<std::string> years;
  for (const auto& f : files) {
    SW_ASSIGN_OR_RETURN(std::string text, ReadFileToString(f));
    years.push_back(std::move(text));
  }
  auto calendar = Parse(hours, years);
  if (!calendar.ok()) return calendar.status().WithContext(dir.string());
  return calendar;
}

bool WorkingCalendar::IsWorkday(LocalDate d) const {
  std::int64_t n = DayNumber(d);
  if (makeup_workdays_.count(n)) return true;
  if (holiday_days_.count(n)) return false;
  return IsoWeekday(d) <= 5;
}

UnixSeconds WorkingCalendar::AddWorkingSeconds(UnixSeconds start, std::int64_t seconds) const {
  std::int64_t remaining = std::max<std::int64_t>(seconds, 0);
  std::int64_t day = DayNumber(LocalDateOf(start));
  int second_of_day = LocalSecondOfDay(start);
  for (int scanned = 0; scanned < kMaxDaysScanned; ++scanned, ++day, second_of_day = 0) {
    if (!IsWorkday(DateOfDayNumber(day))) continue;
    UnixSeconds midnight = day * kSecondsPerDay - kShanghaiOffsetSeconds;
    for (const Period& p : periods_) {
      int from = std::max(p.start_second, second_of_day);
      if (from >= p.end_second) continue;
      if (remaining <= p.end_second - from) {
        // A zero-length SLA that starts outside hours lands at the next opening.
        return midnight + from + remaining;
      }
      remaining -= p.end_second - from;
    }
  }
  return start + kMaxDaysScanned * kSecondsPerDay;
}

std::int64_t WorkingCalendar::WorkingSecondsBetween(UnixSeconds from, UnixSeconds to) const {
  if (to <= from) return 0;
  std::int64_t total = 0;
  std::int64_t last_day = DayNumber(LocalDateOf(to));
  for (std::int64_t day = DayNumber(LocalDateOf(from)); day <= last_day; ++day) {
    if (!IsWorkday(DateOfDayNumber(day))) continue;
    UnixSeconds midnight = day * kSecondsPerDay - kShanghaiOffsetSeconds;
    for (const Period& p : periods_) {
      UnixSeconds a = std::max(from, midnight + p.start_second);
      UnixSeconds b = std::min(to, midnight + p.end_second);
      if (b > a) total += b - a;
    }
  }
  return total;
}

}  // namespace sanwang
