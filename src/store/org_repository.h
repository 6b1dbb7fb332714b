// Reads and writes the organization net: units and their tree.
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <optional>
#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

class OrgRepository {
 public:
  explicit OrgRepository(Database& db) : db_(db) {}

  // Inserts a unit under its parent (or as a root) and fills in its id and path.
  Result<UnitRecord> Insert(UnitRecord unit);
  // Updates name, name_en and kind of the unit with the same district and code.
  Status UpdateNames(const UnitRecord& unit);
  Status SetGeometry(Id id, const std::string& geometry, bool demo);

  Result<UnitRecord> Get(Id id);
  Result<std::optional<UnitRecord>> FindByCode(const std::string& district, const std::string& code);
  Result<std::vector<UnitRecord>> ListByKind(const std::string& district, const std::string& kind);
  Result<std::vector<UnitRecord>> Children(Id parent_id);
  Result<std::vector<UnitRecord>> All(const std::string& district);

 private:
  Result<std::vector<UnitRecord>> Select(const std::string& where, const SqlParams& params);
  Database& db_;
};

}  // namespace sanwang::store
