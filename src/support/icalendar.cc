#include "support/icalendar.h"

#include <chrono>
#include <cstdio>

namespace sanwang::support {
namespace {

constexpr std::size_t kMaxLineOctets = 75;

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string EscapeCalendarText(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '\\' || c == ';' || c == ',') {
      out += '\\';
      out += c;
    } else if (c == '\n') {
      out += "\\n";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out;
}

// A long line continues on lines that start with one space; each physical line, the space
// included, has at most 75 octets, and a cut never falls inside a UTF-8 character.
std::string FoldCalendarLine(std::string_view line) {
  std::string out;
  std::size_t limit = kMaxLineOctets;
  while (line.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && IsContinuationByte(line[cut])) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    limit = kMaxLineOctets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

std::string CalendarUtc(UnixSeconds t) {
  const auto day = std::chrono::floor<std::chrono::days>(std::chrono::sys_seconds(std::chrono::seconds(t)));
  const std::chrono::year_month_day date(day);
  const std::chrono::hh_mm_ss time(std::chrono::sys_seconds(std::chrono::seconds(t)) - day);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04d%02u%02uT%02ld%02ld%02ldZ", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()),
                static_cast<long>(time.hours().count()), static_cast<long>(time.minutes().count()),
                static_cast<long>(time.seconds().count()));
  return buf;
}

std::string WriteCalendar(std::string_view name, const std::vector<CalendarEvent>& events, UnixSeconds now) {
  std::string out;
  auto line = [&out](std::string_view text) { out += FoldCalendarLine(text); };
  line("BEGIN:VCALENDAR");
  line("VERSION:2.0");
  line("PRODID:-//Sanwang//Support//ZH");
  line("CALSCALE:GREGORIAN");
  line("X-WR-CALNAME:" + EscapeCalendarText(name));
  const std::string stamp = CalendarUtc(now);
  for (const CalendarEvent& e : events) {
    line("BEGIN:VEVENT");
    line("UID:" + e.uid);
    line("DTSTAMP:" + stamp);
    line("DTSTART:" + CalendarUtc(e.starts_at));
    line("DTEND:" + CalendarUtc(e.ends_at));
    line("SUMMARY:" + EscapeCalendarText(e.summary));
    if (!e.location.empty()) line("LOCATION:" + EscapeCalendarText(e.location));
    if (!e.description.empty()) line("DESCRIPTION:" + EscapeCalendarText(e.description));
    if (!e.status.empty()) line("STATUS:" + e.status);
    line("END:VEVENT");
  }
  line("END:VCALENDAR");
  return out;
}

}  // namespace sanwang::support
