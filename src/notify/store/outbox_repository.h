// Keeps the outbox of messages beyond the app (notify_outbox, notify_schema.cc): written in
// the transaction of the change that causes them, taken by the one sender at a time
// (the lease of store/lease_repository.h), marked sent, due again or dead, and read by admins.
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "notify/store/delivery_records.h"
#include "store/database.h"

namespace sanwang::store {

struct OutboxQuery {
  std::string district_code;
  std::string state;  // empty: every state
  std::size_t limit = 50;
  std::size_t offset = 0;
};

class OutboxRepository {
 public:
  explicit OutboxRepository(Database& db) : db_(db) {}

  // Stores a new message; AlreadyExists when its idempotency key is taken.
  Result<Id> Insert(const OutboxRecord& message);
  // Up to `limit` pending messages due at `now`, the oldest first, each pushed to
  // `claimed_until` with one more attempt counted, so no other sender takes them while
  // they are delivered; run it in a transaction.
  Result<std::vector<OutboxRecord>> Claim(std::int64_t now, std::int64_t claimed_until, std::size_t limit);
  Status MarkSent(Id id, std::int64_t at);
  // Records a failed or dropped delivery: `state` pending (due again at `not_before`),
  // dead (given up; an admin may retry) or cancelled (the recipient can no longer be
  // reached on the channel: turned it off, or the account was disabled).
  Status MarkFailed(Id id, const std::string& state, const std::string& error, std::int64_t not_before);
  // Puts off a claimed message to `not_before`, its claim's attempt not counted (the
  // recipient's rate limit).
  Status Postpone(Id id, std::int64_t not_before);
  // A dead message pending again from `now`, its attempts counted afresh; false when it is
  // not dead.
  Result<bool> Retry(Id id, std::int64_t now);
  // Messages sent to the person over the channel since `since` (the rate limit).
  Result<std::int64_t> SentSince(Id user_id, const std::string& channel, std::int64_t since);
  Result<std::vector<OutboxRecord>> List(const OutboxQuery& query);
  Result<std::int64_t> Count(const OutboxQuery& query);
  Result<OutboxRecord> Get(Id id);
  // Messages per (channel, state), for /metrics.
  Result<std::map<std::pair<std::string, std::string>, std::int64_t>> Depths();

 private:
  Database& db_;
};

}  // namespace sanwang::store
