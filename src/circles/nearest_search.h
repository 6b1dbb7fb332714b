// Walking distance from every home to the nearest facility of one type, by ONE bounded
// multi-source search (docs/architecture.md §5), not one search per home.
//
// The search runs backward from all the type's facilities at once: each facility seeds
// the ends of its edge with the walk from that end to it (point_anchor.h), so a facility
// in the middle of a street is reached exactly, from either side where the street is
// two-way. A home then takes the better of its edge's ends, plus its own walk to that
// end, or walks straight along its stretch to a facility on the same stretch when that is
// shorter. Only distances within `bound_m` are found; others are kUnreached.
//
// The searches for homes (this one and the counts') skip the parts of the network no
// home reaches within the bound: WalkFromNearestHome gives, per node, the walk from the
// nearest home, which every such search takes as its `rest` (bounded_search.h).
//
// Thread-safety: the inputs are read only; the workspace is the caller's (one per thread).
#pragma once

#include <span>
#include <vector>

#include "circles/bounded_search.h"
#include "circles/home_index.h"

namespace sanwang::circles {

// Seeds a search with the facilities as targets (a backward search then gives each
// node's walk to the nearest of them).
void SeedFacilities(std::span<const Anchor> facilities, BoundedSearch& search);

// Per node, the walk from the nearest home to it, kUnreached beyond bound_m: one forward
// search from every home.
std::vector<double> WalkFromNearestHome(const WalkGraph& graph, const HomeIndex& homes, double bound_m,
                                        BoundedSearch& search);

// Per home, metres to the nearest facility, or kUnreached beyond bound_m. `from_homes`:
// WalkFromNearestHome for the same bound, or empty (the search then covers the bound).
std::vector<double> NearestFacilityMeters(const WalkGraph& graph, const HomeIndex& homes,
                                          std::span<const Anchor> facilities, double bound_m,
                                          std::span<const double> from_homes, BoundedSearch& search);

}  // namespace sanwang::circles
