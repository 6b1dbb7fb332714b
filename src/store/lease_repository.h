// Leases (`leases`, the core stream's fifteenth migration): which one of several servers
// on one database does a piece of work that must run once at a time — the outbox's sender,
// the minute sweep. A lease is named; its holder keeps it by renewing it before it
// expires, and another takes it once it has expired (its holder died or stopped).
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <cstdint>
#include <string>

#include "store/database.h"

namespace sanwang::store {

// This process's name as a lease's holder: its host and process id.
std::string ThisProcessAsHolder();

class LeaseRepository {
 public:
  explicit LeaseRepository(Database& db) : db_(db) {}

  // Takes or renews the lease `name` for `holder` until `until` when it is free, expired at
  // `now` or already `holder`'s; false when another holder's lease still runs.
  Result<bool> Hold(const std::string& name, const std::string& holder, std::int64_t now, std::int64_t until);

 private:
  Database& db_;
};

}  // namespace sanwang::store
