// Loads a district's sub-districts and communities from the national division code
// tables (data/divisions/: areas, streets and villages CSV files, GB/T 2260 codes).
//
// Idempotent: a unit already present (same district and code) keeps its id and gets the
// current name, so a newer table can be imported over an older one. Every district also
// gets its command center, where a case that cannot be routed goes. All or nothing: one
// transaction.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "store/database.h"

namespace sanwang::org {

struct DivisionImportResult {
  int streets = 0;
  int communities = 0;
  int added = 0;
  int updated = 0;
};

using ProgressFn = std::function<void(const std::string& message)>;

Result<DivisionImportResult> ImportDivisions(store::Database& db, const std::filesystem::path& dir,
                                             const std::string& district_code,
                                             const ProgressFn& progress = {});

// "金地社区居委会" → "金地社区": the committee's suffix is not part of the community's name.
std::string CommunityDisplayName(const std::string& official);

}  // namespace sanwang::org
