// RateLimiter: how often each caller may do something, as a token bucket per key — a
// client address, an account — kept in the form of the generic cell rate algorithm
// (GCRA): one time per key, the moment its bucket would be full again. A limit of
// `per_minute` with `burst` lets a quiet key act `burst` times at once, then once every
// 60/per_minute seconds; a limit with either at 0 is off.
//
// Memory is bounded whatever the callers do: a key whose bucket has filled again is the
// same as a key never seen, so it is forgotten when met at the old end of the
// least-recently-used list; past `max_keys` the least recently used key is forgotten even
// if not yet full, which gives it its whole burst again — someone with that many
// addresses gets no more than their addresses already give them.
//
// Times come from the injected clock (whole seconds), so tests move time instead of
// sleeping. Thread-safe: one mutex over the keys; each call is a few map operations.
#pragma once

#include <cstddef>
#include <cstdint>
#include <list>
#include <span>
#include <string>
#include <unordered_map>

#include "core/clock.h"
#include "core/mutex.h"

namespace sanwang {

struct RateLimit {
  std::int64_t per_minute = 0;
  std::int64_t burst = 0;

  bool on() const { return per_minute > 0 && burst > 0; }
};

class RateLimiter {
 public:
  RateLimiter(const Clock& clock, std::size_t max_keys);
  RateLimiter(const RateLimiter&) = delete;
  RateLimiter& operator=(const RateLimiter&) = delete;

  // One bucket to take a token from: its key and its limit.
  struct Charge {
    std::string key;
    RateLimit limit;
  };
  // Takes a token from every bucket named, or from none when any is empty: 0 when taken,
  // else the seconds until all of them would allow it (at least 1). Limits that are off
  // are skipped.
  std::int64_t Take(std::span<const Charge> charges) SW_EXCLUDES(mutex_);

  // Keys held now (tests and metrics).
  std::size_t size() const SW_EXCLUDES(mutex_);

 private:
  using Micros = std::int64_t;
  struct Entry {
    Micros full_at = 0;  // when the bucket holds its whole burst again
    std::list<std::string>::iterator age;
  };

  // The bucket's full_at before this charge (now when unknown or already full).
  Micros FullAt(const std::string& key, Micros now) const SW_REQUIRES(mutex_);
  void Store(const std::string& key, Micros full_at) SW_REQUIRES(mutex_);
  // Moves a known key to the recent end.
  void Touch(const std::string& key) SW_REQUIRES(mutex_);
  // Forgets full buckets at the old end, then the oldest while past max_keys.
  void Evict(Micros now) SW_REQUIRES(mutex_);

  const Clock& clock_;
  const std::size_t max_keys_;
  mutable Mutex mutex_;
  std::unordered_map<std::string, Entry> entries_ SW_GUARDED_BY(mutex_);
  std::list<std::string> by_age_ SW_GUARDED_BY(mutex_);  // front: most recently charged
};

}  // namespace sanwang
