#include "core/log_throttle.h"

#include <spdlog/spdlog.h>

namespace sanwang {

LogThrottle::LogThrottle(const Clock& clock, std::int64_t interval_s)
    : clock_(clock), interval_s_(interval_s) {}

std::optional<std::string> LogThrottle::Line(std::string_view key, std::string_view message) {
  UnixSeconds now = clock_.Now();
  std::lock_guard<std::mutex> lock(mutex_);
  auto it = entries_.find(key);
  if (it == entries_.end()) {
    entries_.emplace(std::string(key), Entry{now, 0});
    return std::string(message);
  }
  Entry& entry = it->second;
  if (now - entry.written_at < interval_s_) {
    ++entry.held_back;
    return std::nullopt;
  }
  std::string line(message);
  if (entry.held_back > 0) {
    line += " (suppressed " + std::to_string(entry.held_back) + " similar in the last " +
            std::to_string(now - entry.written_at) + " s)";
  }
  entry = Entry{now, 0};
  return line;
}

void LogThrottle::Log(spdlog::level::level_enum level, std::string_view key, std::string_view message) {
  if (auto line = Line(key, message)) spdlog::log(level, "{}", *line);
}

LogThrottle& ProcessLogThrottle() {
  static const SystemClock clock;
  static LogThrottle throttle(clock);
  return throttle;
}

}  // namespace sanwang
