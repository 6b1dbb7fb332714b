// SessionCache: the sessions that bearer tokens and cookies carried lately, with their
// accounts, kept in memory for a short while so that a signed-in read does not look its
// session and account up in the database on every request (README, HTTP server).
//
// What may end or change a session is handled so that a cached copy never outlives it:
//   - A write through this server that may change accounts or sessions (sign-out, a
//     password change or reset, an account disabled, its role or unit changed) calls
//     BeginAccountChange before it runs: every entry is dropped and nothing is stored until
//     EndAccountChange, called once the change is committed (or failed).
//   - A lookup takes a Ticket before it reads the database and hands it to Store; the
//     entry is kept only if no account change began or ended meanwhile, so a read that saw
//     the old rows cannot put them back.
//   - Entries are served for at most `max_age`, which bounds how long a change made by
//     another process (`sanwang user disable`, a second server on the same PostgreSQL
//     database) can go unseen.
// The expiry rules of the session (idle and absolute timeouts) are checked by the caller
// on every request, cached or not. The monotonic clock is injected so tests move time by
// hand. Thread-safe.
#pragma once

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>

#include "core/mutex.h"
#include "core/time.h"
#include "store/records.h"

namespace sanwang::api {

class SessionCache {
 public:
  using Now = std::function<std::chrono::steady_clock::time_point()>;
  static std::chrono::steady_clock::time_point SteadyNow() { return std::chrono::steady_clock::now(); }

  struct Entry {
    store::UserRecord user;
    std::string csrf_token;
    UnixSeconds created_at = 0;
    UnixSeconds last_seen_at = 0;         // as stored in the database when it was read
    bool must_set_up_two_factor = false;  // as the database said when it was read
  };

  // `max_age` 0 keeps nothing. `now` must be callable from any thread.
  SessionCache(std::size_t max_entries, std::chrono::milliseconds max_age, Now now = SteadyNow);

  // The session stored under `token_hash`, if one is cached and younger than max_age.
  std::optional<Entry> Find(const std::string& token_hash) const SW_EXCLUDES(mutex_);
  // Taken before reading a session from the database, for Store.
  std::uint64_t Ticket() const SW_EXCLUDES(mutex_);
  // Keeps `entry` unless an account change began or ended since `ticket` was taken, or one
  // is under way.
  void Store(const std::string& token_hash, Entry entry, std::uint64_t ticket) SW_EXCLUDES(mutex_);
  // Drops one session (signed out, expired).
  void Forget(const std::string& token_hash) SW_EXCLUDES(mutex_);
  // Drops every entry and stores none until the matching EndAccountChange. Calls nest
  // (several changes may be under way in one group commit).
  void BeginAccountChange() SW_EXCLUDES(mutex_);
  void EndAccountChange() SW_EXCLUDES(mutex_);

 private:
  struct Stored {
    Entry entry;
    std::chrono::steady_clock::time_point stored_at;
  };

  const std::size_t max_entries_;
  const std::chrono::milliseconds max_age_;
  const Now now_;
  mutable SharedMutex mutex_;
  std::unordered_map<std::string, Stored> entries_ SW_GUARDED_BY(mutex_);
  std::uint64_t epoch_ SW_GUARDED_BY(mutex_) = 0;  // moves on every begin and end of a change
  int changes_under_way_ SW_GUARDED_BY(mutex_) = 0;
};

}  // namespace sanwang::api
