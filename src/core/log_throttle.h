// LogThrottle: keeps a storm of one failure from flooding the log. When the disk is full
// or the database is down, every request fails the same way; writing one line per request
// buries everything else (tens of thousands of lines a minute). A line is written at most
// once per interval for its key; the lines held back meanwhile are counted, and the next
// line written for the key says how many there were.
//
// Keys name a kind of failure ("commit failed: unavailable"), never a request or a
// person, so there are few of them. Thread-safe.
#pragma once

#include <spdlog/common.h>

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

#include "core/clock.h"

namespace sanwang {

class LogThrottle {
 public:
  explicit LogThrottle(const Clock& clock, std::int64_t interval_s = 10);

  // The line to write for `message` now, or nothing when a line of `key` was written less
  // than the interval ago. A line after held-back ones ends with their count.
  std::optional<std::string> Line(std::string_view key, std::string_view message);
  // Writes that line, if any, to the log at `level`.
  void Log(spdlog::level::level_enum level, std::string_view key, std::string_view message);

 private:
  struct Entry {
    UnixSeconds written_at = 0;
    std::int64_t held_back = 0;
  };

  const Clock& clock_;
  const std::int64_t interval_s_;
  std::mutex mutex_;
  std::map<std::string, Entry, std::less<>> entries_;  // guarded by mutex_
};

// One throttle for the whole process, on the system clock.
LogThrottle& ProcessLogThrottle();

}  // namespace sanwang
