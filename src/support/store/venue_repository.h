// Keeps the support net's venues (support_venues): insert, update, one by id, and lists
// by owner unit, kind and whether active. Each row comes back with its owner unit's code
// and name. Holds a reference to a Database; same thread-safety as it (one thread at a
// time).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "support/store/venue_records.h"

namespace sanwang::store {

struct VenueQuery {
  std::string district_code;
  std::optional<Id> owner_unit_id;
  std::string kind;  // empty: every kind
  bool active_only = true;
  // Only venues whose owner unit lies under this units.path ("/1/3/"); empty: every unit.
  std::string owner_path;
};

class VenueRepository {
 public:
  explicit VenueRepository(Database& db) : db_(db) {}

  Result<VenueRecord> Insert(VenueRecord venue);
  // Writes every field but id and district; NotFound when there is no such venue.
  Status Update(const VenueRecord& venue);
  Result<VenueRecord> Get(Id id);
  // In owner unit code and name order.
  Result<std::vector<VenueRecord>> List(const VenueQuery& query);

 private:
  Database& db_;
};

}  // namespace sanwang::store
