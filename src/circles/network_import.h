// The import of a walking network (`sanwang circles import-osm`, docs/architecture.md §5): an OSM file
// becomes the compact graph; facilities come from the OSM tags (config/facility-tags.csv)
// and, optionally, from a facilities CSV (the platform's registry); homes come from the
// OSM buildings or, when given, from a population CSV instead; then every point is
// snapped onto the nearest walkable edge (of the largest connected part, by default).
//
// No storage here: the caller keeps the result (store/circles_repository.h). Progress
// lines go to `progress`. Safe to run several imports at once on different inputs.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "circles/circles_config.h"
#include "circles/edge_snapper.h"
#include "circles/facility_tags.h"
#include "circles/map_streets.h"
#include "circles/progress.h"
#include "circles/walk_network.h"

namespace sanwang::circles {

struct ImportSources {
  std::filesystem::path osm_file;
  std::optional<std::string> homes_csv;       // CSV text; replaces the OSM buildings
  std::optional<std::string> facilities_csv;  // CSV text; added to the OSM facilities
};

// The streets of the file, with their whole course and names, go to `streets` when given.
Result<WalkNetwork> ImportNetwork(const ImportSources& sources, const CirclesConfig& config,
                                  const FacilityTagMap& tag_map, const ProgressFn& progress = {},
                                  std::vector<StreetLine>* streets = nullptr);

// The snapper over the graph's stretches (only the largest part's when so configured).
EdgeSnapper SnapperFor(const WalkGraph& graph, const std::vector<EdgeShape>& shapes,
                       const CirclesConfig& config);

// Snaps every home and facility, on `threads` threads (0: one per core); points beyond
// the maximum distance stay off the network.
void SnapPoints(const EdgeSnapper& snapper, NetworkPoints& points, int threads = 0);

// Orders homes, and each type's facilities, by where they meet the network (the graph's
// node order follows the map), off-network points last. The searches then read memory
// in map order instead of jumping across it: on a million-node city this halves the
// analysis time. The order carries no other meaning.
void SortAlongNetwork(const WalkGraph& graph, NetworkPoints& points);
// The facilities alone, in the same order (each type's together).
void SortFacilitiesAlongNetwork(const WalkGraph& graph, std::vector<Facility>& facilities);

}  // namespace sanwang::circles
