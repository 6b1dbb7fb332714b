// ReconnectBackoff: how often a pool may try to reopen lost database connections. While
// the server is down every attempt fails at once, and a pool that retried on every
// request would hammer it as it starts; so attempts are spaced by a delay that doubles
// after each failure (up to a ceiling) and falls back to the first delay on success.
//
// A plain value: not thread-safe; the pool guards it with its mutex.
#pragma once

#include <chrono>

namespace sanwang::store {

class ReconnectBackoff {
 public:
  using TimePoint = std::chrono::steady_clock::time_point;
  using Duration = std::chrono::steady_clock::duration;

  ReconnectBackoff(Duration first, Duration ceiling) : first_(first), ceiling_(ceiling), delay_(first) {}

  // True when an attempt may start at `now`; the attempt is then counted as made, so
  // until it succeeds no other attempt starts before the delay is over.
  bool Claim(TimePoint now);
  // The last attempt reopened the connection: the next lost one may be retried at once.
  void Succeeded();
  // When the next attempt may start.
  TimePoint next_attempt() const { return next_; }

 private:
  Duration first_;
  Duration ceiling_;
  Duration delay_;
  TimePoint next_{};
};

}  // namespace sanwang::store
