// The catalog of matters (docs/architecture.md §4): aspects → items, each with the tier that handles
// it, a resolve SLA in working hours, an online answer for 网上办 items and keywords.
//
// The catalog is data a district edits as CSV (data/catalog/catalog.csv is the shipped
// default): ImportCatalog checks every row before writing any, and ExportCatalogCsv
// writes the same columns back, with a UTF-8 byte order mark for Excel and each
// department's names beside its code (department_zh, department_en; the import ignores
// them). Catalog (the in-memory view) is immutable after Load and safe for concurrent
// reads.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "org/division_import.h"
#include "store/catalog_repository.h"
#include "store/database.h"

namespace sanwang::cases {

using store::AspectRecord;
using store::CatalogItemRecord;

inline constexpr std::string_view kTierOnline = "online";

bool IsKnownTier(std::string_view tier);

class Catalog {
 public:
  static Result<Catalog> Load(store::CatalogRepository& repo, const std::string& district_code);

  const CatalogItemRecord* FindItem(const std::string& code) const;
  const std::vector<AspectRecord>& aspects() const { return aspects_; }
  const std::map<std::string, CatalogItemRecord>& items() const { return items_; }

 private:
  std::vector<AspectRecord> aspects_;
  std::map<std::string, CatalogItemRecord> items_;
};

struct CatalogImportResult {
  int aspects = 0;
  int items = 0;
  int departments = 0;
};

// `catalog_csv` has the columns of data/catalog/catalog.csv; `departments_csv` (code,
// name_zh, name_en) creates the department units that department-tier items name. With
// an empty `departments_csv`, items may name only the departments the district has.
Result<CatalogImportResult> ImportCatalog(store::Database& db, const std::string& district_code,
                                          std::string_view catalog_csv, std::string_view departments_csv,
                                          const org::ProgressFn& progress = {});

Result<std::string> ExportCatalogCsv(store::Database& db, const std::string& district_code);

// Rewrites one existing item (its aspect stays) after the same checks as the CSV import:
// a known tier, an SLA of 0–2000 working hours, a department exactly for department-tier
// items, an answer for online items. NotFound for an unknown code.
Result<CatalogItemRecord> UpdateCatalogItem(store::Database& db, const std::string& district_code,
                                            CatalogItemRecord item);

}  // namespace sanwang::cases
