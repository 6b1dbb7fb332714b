// For tests of the iCalendar feeds: the physical lines of a calendar text, each checked to
// end in CRLF and to hold at most 75 octets (RFC 5545 §3.1).
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace sanwang::support {

inline std::vector<std::string> PhysicalCalendarLines(const std::string& ics) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < ics.size()) {
    const std::size_t end = ics.find("\r\n", start);
    EXPECT_NE(end, std::string::npos) << "a line without CRLF";
    if (end == std::string::npos) break;
    lines.push_back(ics.substr(start, end - start));
    EXPECT_LE(lines.back().size(), 75u) << lines.back();
    start = end + 2;
  }
  return lines;
}

}  // namespace sanwang::support
