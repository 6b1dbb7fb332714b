#include "api/session_cache.h"

#include <utility>

namespace sanwang::api {

SessionCache::SessionCache(std::size_t max_entries, std::chrono::milliseconds max_age, Now now)
    : max_entries_(max_entries), max_age_(max_age), now_(std::move(now)) {}

std::optional<SessionCache::Entry> SessionCache::Find(const std::string& token_hash) const {
  ReaderLock lock(mutex_);
  auto it = entries_.find(token_hash);
  if (it == entries_.end() || now_() - it->second.stored_at >= max_age_) return std::nullopt;
  return it->second.entry;
}

std::uint64_t SessionCache::Ticket() const {
  ReaderLock lock(mutex_);
  return epoch_;
}

void SessionCache::Store(const std::string& token_hash, Entry entry, std::uint64_t ticket) {
  if (max_age_.count() <= 0) return;
  auto now = now_();
  WriterLock lock(mutex_);
  if (ticket != epoch_ || changes_under_way_ > 0) return;
  // Many tokens (a client signing in again and again) must not grow memory without bound.
  if (entries_.size() >= max_entries_ && entries_.find(token_hash) == entries_.end()) entries_.clear();
  entries_.insert_or_assign(token_hash, Stored{std::move(entry), now});
}

void SessionCache::Forget(const std::string& token_hash) {
  WriterLock lock(mutex_);
  entries_.erase(token_hash);
  ++epoch_;
}

void SessionCache::BeginAccountChange() {
  WriterLock lock(mutex_);
  entries_.clear();
  ++changes_under_way_;
  ++epoch_;
}

void SessionCache::EndAccountChange() {
  WriterLock lock(mutex_);
  if (changes_under_way_ > 0) --changes_under_way_;
  ++epoch_;
}

}  // namespace sanwang::api
