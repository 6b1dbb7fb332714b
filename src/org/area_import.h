// Imports grid and community boundaries from GeoJSON.
//
// Each feature's properties: `code` (required), `name` (required for a new grid), `kind`
// ("grid" by default, or "community" / "street" to give an existing unit its boundary),
// `parent` (the community code of a new grid), `name_en`, and `demo` (true for generated
// demo geometry). Validation comes first and covers the whole file: valid polygons,
// unique codes, known parents, every grid inside its community's boundary, and no grid
// overlapping another (the file's or the district's: a shared edge is fine, a shared
// area above a small tolerance is not, unless `allow_overlap`). The file's size and each
// feature's vertices are capped, so that a runaway export cannot tie up the server. One
// bad feature rejects the file with its index and reason; nothing is written. Then all is
// written in one transaction.
#pragma once

#include <cstddef>
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

struct AreaImportOptions {
  // The whole GeoJSON text; a district's ~600 grids traced closely take a few MiB.
  std::size_t max_bytes = 32 << 20;
  // Vertices of one feature, all rings; a closely traced grid has a few thousand.
  std::size_t max_vertices_per_feature = 20000;
  // Lets a grid overlap its neighbours (a boundary redrawn in two steps).
  bool allow_overlap = false;
  ProgressFn progress;
};

// Two grids may share this much area without being called overlapping: the larger of
// 10 m² and 0.1% of the smaller grid (digitising noise along a shared edge).
inline constexpr double kOverlapToleranceSquareMeters = 10;
inline constexpr double kOverlapToleranceShare = 0.001;

Result<AreaImportResult> ImportAreas(store::Database& db, const std::string& district_code,
                                     std::string_view geojson, const AreaImportOptions& options);
Result<AreaImportResult> ImportAreas(store::Database& db, const std::string& district_code,
                                     std::string_view geojson, const ProgressFn& progress = {});

}  // namespace sanwang::org
