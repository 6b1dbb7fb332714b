// ResponseCache: answers to public reads kept for a short while, keyed by the request
// target, for feeds that many clients poll with the same query (the Open311 requests
// list). An entry is served only while the server's data generation is the one it was
// computed under — any write through this server invalidates it — and while it is younger
// than `max_age`, which bounds how long a change made by another process (the command
// line, a second server) can go unseen. The monotonic clock is injected so tests move time
// by hand. Thread-safe.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "api/http_message.h"
#include "core/mutex.h"

namespace sanwang::api {

class ResponseCache {
 public:
  using Now = std::function<std::chrono::steady_clock::time_point()>;
  // The steady clock's time: the default.
  static std::chrono::steady_clock::time_point SteadyNow() { return std::chrono::steady_clock::now(); }

  // `now` must be callable from any thread.
  ResponseCache(std::size_t max_entries, std::chrono::milliseconds max_age, Now now = SteadyNow);

  // `generation` is the server's data generation now.
  // The answer comes with a shared body (HttpResponse::shared_body).
  std::optional<HttpResponse> Find(const std::string& key, std::uint64_t generation) const
      SW_EXCLUDES(mutex_);
  // `generation` must be the one read before the answer was computed, so that a write
  // committed meanwhile makes the entry stale at once. Returns the answer with its body
  // moved into the shared copy.
  HttpResponse Store(const std::string& key, std::uint64_t generation, HttpResponse response)
      SW_EXCLUDES(mutex_);

 private:
  struct Entry {
    std::uint64_t generation;
    std::chrono::steady_clock::time_point stored_at;
    std::shared_ptr<const HttpResponse> response;
  };

  const std::size_t max_entries_;
  const std::chrono::milliseconds max_age_;
  const Now now_;
  mutable SharedMutex mutex_;
  std::unordered_map<std::string, Entry> entries_ SW_GUARDED_BY(mutex_);
};

}  // namespace sanwang::api
