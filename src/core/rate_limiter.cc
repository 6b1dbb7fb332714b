#include "core/rate_limiter.h"

#include <algorithm>
#include <vector>

namespace sanwang {
namespace {

constexpr std::int64_t kMicrosPerSecond = 1'000'000;

// The time one token takes to come back.
std::int64_t IntervalMicros(const RateLimit& limit) { return 60 * kMicrosPerSecond / limit.per_minute; }

}  // namespace

RateLimiter::RateLimiter(const Clock& clock, std::size_t max_keys)
    : clock_(clock), max_keys_(std::max<std::size_t>(max_keys, 1)) {}

std::int64_t RateLimiter::Take(std::span<const Charge> charges) {
  MutexLock lock(mutex_);
  Micros now = clock_.Now() * kMicrosPerSecond;
  std::vector<Micros> next(charges.size(), 0);
  Micros wait = 0;
  for (std::size_t i = 0; i < charges.size(); ++i) {
    const Charge& charge = charges[i];
    if (!charge.limit.on()) continue;
    Micros interval = IntervalMicros(charge.limit);
    next[i] = FullAt(charge.key, now) + interval;
    // Allowed while the bucket, after this token, is at most `burst` tokens short of full.
    Micros excess = next[i] - now - charge.limit.burst * interval;
    wait = std::max(wait, excess);
  }
  if (wait > 0) {
    // A key refused again and again stays among the recent, so it is not forgotten first.
    for (const Charge& charge : charges) Touch(charge.key);
    return (wait + kMicrosPerSecond - 1) / kMicrosPerSecond;
  }
  for (std::size_t i = 0; i < charges.size(); ++i) {
    if (charges[i].limit.on()) Store(charges[i].key, next[i]);
  }
  Evict(now);
  return 0;
}

std::size_t RateLimiter::size() const {
  MutexLock lock(mutex_);
  return entries_.size();
}

RateLimiter::Micros RateLimiter::FullAt(const std::string& key, Micros now) const {
  auto it = entries_.find(key);
  if (it == entries_.end()) return now;
  return std::max(it->second.full_at, now);
}

void RateLimiter::Store(const std::string& key, Micros full_at) {
  auto it = entries_.find(key);
  if (it == entries_.end()) {
    by_age_.push_front(key);
    entries_.emplace(key, Entry{full_at, by_age_.begin()});
  } else {
    it->second.full_at = full_at;
    Touch(key);
  }
}

void RateLimiter::Touch(const std::string& key) {
  auto it = entries_.find(key);
  if (it != entries_.end()) by_age_.splice(by_age_.begin(), by_age_, it->second.age);
}

void RateLimiter::Evict(Micros now) {
  while (!by_age_.empty()) {
    auto oldest = entries_.find(by_age_.back());
    bool full = oldest->second.full_at <= now;
    if (!full && entries_.size() <= max_keys_) break;
    entries_.erase(oldest);
    by_age_.pop_back();
  }
}

}  // namespace sanwang
