// Coverage and gaps (docs/architecture.md §5): per unit — the whole area, and each grid, community
// and sub-district when the district's org net is loaded — and per facility type and
// circle, the people living within the circle of a facility of the type, out of all the
// people of the unit. Homes off the network count in the population and are never
// covered: nobody can be shown to reach anything from them.
//
// The gap list names, per type, the homes beyond the largest circle, heaviest first.
//
// Pure functions of the analysis result and of `UnitsOf`, the map from a home's location
// to the units it lies in (unit_locator.h builds one from the org net).
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "circles/circle_analysis.h"

namespace sanwang::circles {

struct CoverageUnit {
  std::string kind;  // area | street | community | grid
  std::string code;
  std::string name;
};

// The units (other than the whole area) a location lies in; empty when in none.
using UnitsOf = std::function<std::vector<CoverageUnit>(geo::LonLat)>;

struct CoverageRow {
  CoverageUnit unit;
  std::string type;
  int circle_seconds = 0;
  double population = 0;
  double covered = 0;

  double share() const { return population > 0 ? covered / population : 0; }
};

// Rows ordered by unit (area, street, community, grid, then code), type, circle. The
// whole area is the unit {"area", area_code, area_name}.
std::vector<CoverageRow> ComputeCoverage(const std::vector<Home>& homes, const AnalysisResult& result,
                                         const CoverageUnit& area, const UnitsOf& units_of);

struct Gap {
  std::string type;
  std::uint32_t home = 0;
};

// Per type (in the result's order), homes with people beyond the largest circle,
// heaviest first, then by id.
std::vector<Gap> FindGaps(const std::vector<Home>& homes, const AnalysisResult& result);

}  // namespace sanwang::circles
