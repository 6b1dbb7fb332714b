// Imports grid and community boundaries from GeoJSON.
//
// Each feature's properties: `code` (required), `name` (required for a new grid), `kind`
// ("grid" by default, or "community" / "street" to give an existing unit its boundary),
// `parent` (the community code of a new grid), `name_en`, and `demo` (true for generated
// demo geometry). Validation comes first and covers the whole file: valid polygons,
// unique codes, known parents, and every grid inside its community's boundary. One bad
// feature rejects the file with its index and reason; nothing is written. Then all is
// written in one transaction.
#pragma once

#include <string>
#include <string_view>

#include "org/division_import.h"
#include "store/database.h"

namespace sanwang::org {

struct AreaImportResult {
  int grids_added = 0;
  int grids_updated = 0;
  int boundaries_set = 0;  // communities and streets
};

Result<AreaImportResult> ImportAreas(store::Database& db, const std::string& district_code,
                                     std::string_view geojson, const ProgressFn& progress = {});

}  // namespace sanwang::org
