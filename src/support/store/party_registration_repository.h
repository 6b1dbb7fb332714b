// Keeps in-service party members' registrations (support_party_registrations,
// activity_schema.cc). The one promise kept here: a person has at most one pending or
// confirmed registration — the partial unique index refuses a second on both engines, and
// the refusal is Conflict naming no field (nothing written). A change of state names the
// states it may start from, so two staff deciding at once cannot both win.
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "store/database.h"
#include "support/store/activity_records.h"

namespace sanwang::store {

inline constexpr const char* kAlreadyRegisteredMessage =
    "已有待确认或已确认的报到 there is already a pending or confirmed registration";

struct PartyRegistrationQuery {
  std::string district_code;
  std::optional<Id> user_id;
  // Only registrations with communities under this units.path ("/1/3/"); empty: every unit.
  std::string community_path;
  std::set<std::string> states;  // empty: every state
  std::size_t limit = 1000;
  std::size_t offset = 0;
};

struct PartyRegistrationChange {
  Id id = 0;
  std::set<std::string> from_states;
  std::string to_state;
  std::string reason;
  std::optional<Id> decided_by;
  std::int64_t decided_at = 0;
};

class PartyRegistrationRepository {
 public:
  explicit PartyRegistrationRepository(Database& db) : db_(db) {}

  // Conflict (kAlreadyRegisteredMessage) when the person has an active one already.
  Result<PartyRegistrationRecord> Insert(const PartyRegistrationRecord& r);
  // FailedPrecondition when the registration is no longer in a from-state.
  Status Change(const PartyRegistrationChange& change);
  Result<PartyRegistrationRecord> Get(Id id);
  // The person's pending or confirmed registration, if any.
  Result<std::optional<PartyRegistrationRecord>> ActiveOf(const std::string& district, Id user_id);
  // Newest first.
  Result<std::vector<PartyRegistrationRecord>> List(const PartyRegistrationQuery& query);
  // How many registrations the query selects, whatever its limit and offset.
  Result<std::int64_t> Count(const PartyRegistrationQuery& query);

 private:
  Database& db_;
};

}  // namespace sanwang::store
