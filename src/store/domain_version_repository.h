// The version of a district's org net and catalog (`domain_versions`, the core stream's
// sixteenth migration). Each server holds both in memory (api::DomainSnapshot); several
// servers on one database, and commands such as `sanwang import`, change them. Every change
// of a unit, an aspect or a catalog item bumps the version in its own transaction
// (OrgRepository, CatalogRepository), so a server learns by one single-row read whether its
// copy is stale, whoever made the change.
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <cstdint>
#include <map>
#include <string>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

class DomainVersionRepository {
 public:
  explicit DomainVersionRepository(Database& db) : db_(db) {}

  // The district's version: 0 when nothing was ever changed, then one more per change.
  Result<std::int64_t> Current(const std::string& district);
  // Every district with a unit, an aspect or a catalog item, and its version.
  Result<std::map<std::string, std::int64_t>> All();
  Status Bump(const std::string& district);
  // Bumps the version of the district the unit belongs to.
  Status BumpOfUnit(Id unit_id);

 private:
  Database& db_;
};

}  // namespace sanwang::store
