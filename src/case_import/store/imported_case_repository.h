// Keeps which work orders of an old system became which cases (imported_cases,
// case_import_schema.cc), so that importing an export twice adds nothing.
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

struct ImportedCaseRecord {
  std::string district_code;
  std::string system;
  std::string source_id;
  Id case_id = 0;
  std::string source_category;
  bool item_guessed = false;              // the item is the classifier's, or none was found
  std::optional<double> item_confidence;  // the confidence of the classifier's suggestion
  std::int64_t imported_at = 0;
};

class ImportedCaseRepository {
 public:
  explicit ImportedCaseRepository(Database& db) : db_(db) {}

  // In statements of many rows.
  Status InsertMany(const std::vector<ImportedCaseRecord>& records);
  // The work order ids of `system` already imported into the district.
  Result<std::unordered_set<std::string>> SourceIds(const std::string& district, const std::string& system);
  // The imported cases of `system` whose item the classifier chose or left empty, oldest first.
  Result<std::vector<ImportedCaseRecord>> Guessed(const std::string& district, const std::string& system);

 private:
  Database& db_;
};

}  // namespace sanwang::store
