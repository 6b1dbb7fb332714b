// The outbox as admins see it (docs/notifications.md §5): the messages of the district a
// page at a time, by state, each with its channel, kind, attempts and last error but no
// address; and a dead message sent again. Admins only (org::AdminRoles): the outbox names
// who is told what. Stateless functions.
#pragma once

#include <string>
#include <vector>

#include "cases/actor.h"
#include "core/time.h"
#include "notify/store/delivery_records.h"
#include "store/database.h"

namespace sanwang::notify {

struct OutboxPage {
  std::vector<store::OutboxRecord> items;  // the newest first
  std::int64_t total = 0;
};

// `state`: pending, sent, dead, cancelled, or empty for all (InvalidArgument otherwise).
Result<OutboxPage> ListOutbox(store::Database& db, const cases::Actor& actor,
                              const std::string& district_code, const std::string& state, std::size_t offset,
                              std::size_t limit);
// The message pending again from `now` with its attempts counted afresh; Conflict unless
// it is dead, NotFound for a message of another district.
Result<store::OutboxRecord> RetryDeadMessage(store::Database& db, const cases::Actor& actor,
                                             const std::string& district_code, store::Id id, UnixSeconds now);

}  // namespace sanwang::notify
