#include "api/response_cache.h"

#include <mutex>
#include <utility>

namespace sanwang::api {

ResponseCache::ResponseCache(std::size_t max_entries, std::chrono::milliseconds max_age, Now now)
    : max_entries_(max_entries), max_age_(max_age), now_(std::move(now)) {}

std::optional<HttpResponse> ResponseCache::Find(const std::string& key, std::uint64_t generation) const {
  std::shared_ptr<const HttpResponse> found;
  {
    ReaderLock lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end()) return std::nullopt;
    const Entry& e = it->second;
    if (e.generation != generation || now_() - e.stored_at > max_age_) return std::nullopt;
    found = e.response;
  }
  return *found;  // the small fields copied outside the lock; the body is shared
}

HttpResponse ResponseCache::Store(const std::string& key, std::uint64_t generation, HttpResponse response) {
  if (!response.shared_body)
    response.shared_body = std::make_shared<const std::string>(std::move(response.body));
  response.body.clear();
  auto shared = std::make_shared<const HttpResponse>(response);
  WriterLock lock(mutex_);
  // Many distinct queries (a crawler, say) must not grow memory without bound: start over.
  if (entries_.size() >= max_entries_ && entries_.find(key) == entries_.end()) entries_.clear();
  entries_[key] = Entry{generation, now_(), std::move(shared)};
  return response;
}

}  // namespace sanwang::api
