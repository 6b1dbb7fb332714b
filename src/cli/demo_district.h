// The demo district: the real sub-districts and communities of a district from the
// division tables, with generated (clearly labelled) demo boundaries — each community a
// rectangle inside the district's footprint cut into six grids — the default catalog,
// and demo accounts for every role. Used by `sanwang demo`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cli/context.h"
#include "geo/geometry.h"

namespace sanwang::cli {

// The password of every demo account, printed by `sanwang demo`.
inline constexpr const char* kDemoPassword = "Sanwang2026";

struct DemoFootprint {
  geo::LonLat min{113.7435, 33.9840};  // Weidu District's bounding box
  geo::LonLat max{113.8855, 34.0948};
};

// Where the demo lays out a county-level district of Xuchang: Weidu's bounding box, and for
// the others a box of their part of the city (rough, apart from one another, so that the
// generated grids of two demo districts do not overlap). Nothing for other codes.
std::optional<DemoFootprint> DemoFootprintOf(const std::string& district_code);

struct DemoGrid {
  std::string code;
  geo::Box box;
};

// Imports divisions, boundaries, catalog and accounts. Returns the generated grids.
Result<std::vector<DemoGrid>> BuildDemoDistrict(Context& ctx, const DemoFootprint& footprint);

// The username of the demo account that handles cases at a unit.
std::string DemoHandlerFor(const store::UnitRecord& unit);

}  // namespace sanwang::cli
