// Reads and writes the catalog of matters: aspects and their items.
// Same thread-safety as the Database.
#pragma once

#include <optional>
#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

class CatalogRepository {
 public:
  explicit CatalogRepository(Database& db) : db_(db) {}

  // Insert or replace by (district, code).
  Status UpsertAspect(const AspectRecord& aspect);
  Status UpsertItem(const CatalogItemRecord& item);

  Result<std::vector<AspectRecord>> Aspects(const std::string& district);
  Result<std::vector<CatalogItemRecord>> Items(const std::string& district);
  Result<std::optional<CatalogItemRecord>> FindItem(const std::string& district, const std::string& code);

 private:
  Result<std::vector<CatalogItemRecord>> SelectItems(const std::string& where, const SqlParams& params);
  Database& db_;
};

}  // namespace sanwang::store
