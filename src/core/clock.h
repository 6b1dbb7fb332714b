// The clock every deadline and timer reads. Injected so tests move time by hand instead
// of sleeping (STYLE.md §5).
//
// SystemClock is stateless and thread-safe. FakeClock is thread-safe (atomic).
#pragma once

#include <atomic>

#include "core/time.h"

namespace sanwang {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual UnixSeconds Now() const = 0;
};

class SystemClock final : public Clock {
 public:
  UnixSeconds Now() const override;
};

class FakeClock final : public Clock {
 public:
  explicit FakeClock(UnixSeconds start) : now_(start) {}
  UnixSeconds Now() const override { return now_.load(); }
  void Set(UnixSeconds t) { now_.store(t); }
  void Advance(std::int64_t seconds) { now_.fetch_add(seconds); }

 private:
  std::atomic<UnixSeconds> now_;
};

}  // namespace sanwang
