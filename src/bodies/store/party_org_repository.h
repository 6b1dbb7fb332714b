// Keeps the party organizations (party_orgs) of a district: each comes back with its
// unit's code and name, its parent's name and its secretary's username. Holds a reference
// to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "bodies/store/body_records.h"
#include "store/database.h"

namespace sanwang::store {

class PartyOrgRepository {
 public:
  explicit PartyOrgRepository(Database& db) : db_(db) {}

  // AlreadyExists when the district has one of that name.
  Result<PartyOrgRecord> Insert(PartyOrgRecord org);
  // Writes every field but id, district and demo; NotFound when there is none.
  Status Update(const PartyOrgRecord& org);
  Result<PartyOrgRecord> Get(Id id);
  Result<std::optional<Id>> FindByName(const std::string& district_code, const std::string& name);
  // Every one of the district, in unit code, kind and name order.
  Result<std::vector<PartyOrgRecord>> List(const std::string& district_code);

 private:
  Database& db_;
};

}  // namespace sanwang::store
