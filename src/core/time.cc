#include "core/time.h"

#include <cctype>
#include <cstdio>

namespace sanwang {
namespace {

using std::chrono::day;
using std::chrono::days;
using std::chrono::month;
using std::chrono::sys_days;
using std::chrono::year;

constexpr std::int64_t kSecondsPerDay = 86400;

std::int64_t FloorDiv(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// Reads exactly `width` digits at `pos`; advances pos.
bool ReadDigits(std::string_view s, std::size_t& pos, int width, int& out) {
  if (pos + static_cast<std::size_t>(width) > s.size()) return false;
  out = 0;
  for (int i = 0; i < width; ++i) {
    char c = s[pos++];
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    out = out * 10 + (c - '0');
  }
  return true;
}

bool Expect(std::string_view s, std::size_t& pos, char c) {
  if (pos >= s.size() || s[pos] != c) return false;
  ++pos;
  return true;
}

Result<LocalDate> ParseDateAt(std::string_view s, std::size_t& pos) {
  int y = 0, m = 0, d = 0;
  if (!ReadDigits(s, pos, 4, y) || !Expect(s, pos, '-') || !ReadDigits(s, pos, 2, m) ||
      !Expect(s, pos, '-') || !ReadDigits(s, pos, 2, d)) {
    return InvalidArgument("expected a date as YYYY-MM-DD, got '" + std::string(s) + "'");
  }
  LocalDate date{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!date.ok()) return InvalidArgument("no such date: '" + std::string(s) + "'");
  return date;
}

// Parses "Z", "+08:00", "+0800" or nothing (Shanghai); returns the offset in seconds.
Result<int> ParseOffset(std::string_view s, std::size_t& pos) {
  if (pos == s.size()) return kShanghaiOffsetSeconds;
  if (s[pos] == 'Z' || s[pos] == 'z') {
    ++pos;
    return 0;
  }
  if (s[pos] != '+' && s[pos] != '-') return InvalidArgument("bad time zone offset");
  int sign = s[pos++] == '-' ? -1 : 1;
  int hh = 0, mm = 0;
  if (!ReadDigits(s, pos, 2, hh)) return InvalidArgument("bad time zone offset");
  if (pos < s.size() && s[pos] == ':') ++pos;
  if (!ReadDigits(s, pos, 2, mm) || hh > 23 || mm > 59) {
    return InvalidArgument("bad time zone offset");
  }
  return sign * (hh * 3600 + mm * 60);
}

}  // namespace

LocalDate LocalDateOf(UnixSeconds t) {
  std::int64_t local_day = FloorDiv(t + kShanghaiOffsetSeconds, kSecondsPerDay);
  return LocalDate{sys_days{days{local_day}}};
}

int LocalSecondOfDay(UnixSeconds t) {
  std::int64_t local = t + kShanghaiOffsetSeconds;
  return static_cast<int>(local - FloorDiv(local, kSecondsPerDay) * kSecondsPerDay);
}

UnixSeconds StartOfLocalDay(LocalDate d) {
  std::int64_t day_number = sys_days{d}.time_since_epoch().count();
  return day_number * kSecondsPerDay - kShanghaiOffsetSeconds;
}

int LocalMonthKey(UnixSeconds t) {
  LocalDate d = LocalDateOf(t);
  return static_cast<int>(d.year()) * 100 + static_cast<int>(static_cast<unsigned>(d.month()));
}

unsigned IsoWeekday(LocalDate d) { return std::chrono::weekday{sys_days{d}}.iso_encoding(); }

namespace {

// Writes `value` as exactly `width` decimal digits at `out`. Lists of cases format three
// times a row, so this avoids printf's format parsing.
void PutDigits(char* out, int value, int width) {
  for (int i = width - 1; i >= 0; --i, value /= 10) out[i] = static_cast<char>('0' + value % 10);
}

}  // namespace

std::string FormatDate(LocalDate d) {
  const int year = static_cast<int>(d.year());
  if (year < 0 || year > 9999) {  // outside what four digits hold: printf's form
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", year, static_cast<unsigned>(d.month()),
                  static_cast<unsigned>(d.day()));
    return buf;
  }
  std::string out = "0000-00-00";
  PutDigits(out.data(), year, 4);
  PutDigits(out.data() + 5, static_cast<int>(static_cast<unsigned>(d.month())), 2);
  PutDigits(out.data() + 8, static_cast<int>(static_cast<unsigned>(d.day())), 2);
  return out;
}

std::string FormatIso8601(UnixSeconds t) {
  const int sod = LocalSecondOfDay(t);
  std::string out = FormatDate(LocalDateOf(t));
  const std::size_t at = out.size();
  out += "T00:00:00+08:00";
  PutDigits(out.data() + at + 1, sod / 3600, 2);
  PutDigits(out.data() + at + 4, sod / 60 % 60, 2);
  PutDigits(out.data() + at + 7, sod % 60, 2);
  return out;
}

Result<LocalDate> ParseDate(std::string_view text) {
  std::size_t pos = 0;
  SW_ASSIGN_OR_RETURN(LocalDate d, ParseDateAt(text, pos));
  if (pos != text.size()) return InvalidArgument("trailing text after date '" + std::string(text) + "'");
  return d;
}

Result<UnixSeconds> ParseIso8601(std::string_view text) {
  std::size_t pos = 0;
  SW_ASSIGN_OR_RETURN(LocalDate d, ParseDateAt(text, pos));
  int hh = 0, mm = 0, ss = 0;
  if (pos < text.size() && (text[pos] == 'T' || text[pos] == ' ')) {
    ++pos;
    if (!ReadDigits(text, pos, 2, hh) || !Expect(text, pos, ':') || !ReadDigits(text, pos, 2, mm)) {
      return InvalidArgument("expected a time as HH:MM[:SS] in '" + std::string(text) + "'");
    }
    if (pos < text.size() && text[pos] == ':' && !(++pos, ReadDigits(text, pos, 2, ss))) {
      return InvalidArgument("bad seconds in '" + std::string(text) + "'");
    }
    if (pos < text.size() && text[pos] == '.') {
      ++pos;
      while (pos < text.size() && std::isdigit(static_cast<unsigned char>(text[pos]))) ++pos;
    }
    if (hh > 23 || mm > 59 || ss > 60) return InvalidArgument("no such time in '" + std::string(text) + "'");
  }
  auto offset = ParseOffset(text, pos);
  if (!offset.ok() || pos != text.size()) {
    return InvalidArgument("bad time zone or trailing text in '" + std::string(text) + "'");
  }
  std::int64_t day_number = sys_days{d}.time_since_epoch().count();
  return day_number * kSecondsPerDay + hh * 3600 + mm * 60 + ss - *offset;
}

std::optional<int> ParseClockTime(std::string_view text) {
  auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9' ? text[i] - '0' : -100; };
  if (text.size() != 5 || text[2] != ':') return std::nullopt;
  const int hours = digit(0) * 10 + digit(1);
  const int minutes = digit(3) * 10 + digit(4);
  if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return std::nullopt;
  return hours * 60 + minutes;
}

std::string ClockText(int minute_of_day) {
  const int hours = minute_of_day / 60 % 24;
  const int minutes = minute_of_day % 60;
  return std::string{static_cast<char>('0' + hours / 10), static_cast<char>('0' + hours % 10), ':',
                     static_cast<char>('0' + minutes / 10), static_cast<char>('0' + minutes % 10)};
}

}  // namespace sanwang
