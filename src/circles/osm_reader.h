// Reads an OpenStreetMap file (.osm.pbf, or .osm XML, possibly .gz/.bz2) through libosmium
// and keeps what the circles need: the walkable ways with their node locations, the
// streets the map draws (map_streets.h) with their whole course, name and class, the
// objects the tag mapping makes facilities (nodes at their location, closed ways at their
// centroid), and the residential buildings (closed ways) with footprint and levels.
//
// A way's node that the file lacks (an extract cut at its border) splits the way there.
// Multipolygon relations are not read: buildings and facility areas mapped as relations
// are left out (rare in city extracts). A building that is a facility is not a home.
//
// This is the only file that includes libosmium (it is heavy to compile). ReadOsmFile is
// safe to call from several threads on different files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "circles/buildings.h"
#include "circles/facility_tags.h"
#include "circles/graph_builder.h"
#include "circles/map_streets.h"
#include "circles/progress.h"
#include "circles/walk_rules.h"

namespace sanwang::circles {

struct OsmFacility {
  std::string id;  // "n123" or "w123"
  geo::LonLat where;
  std::vector<std::string> types;
  std::string name;  // name:zh, else name; may be empty
};

struct OsmBuilding {
  std::int64_t way_id = 0;
  Footprint footprint;
  std::optional<double> levels;
};

struct OsmExtract {
  std::vector<WalkWay> ways;
  std::vector<OsmFacility> facilities;
  std::vector<OsmBuilding> buildings;
  std::vector<StreetLine> streets;  // split where the file lacks a node, as walkable ways are
  std::uint64_t nodes_read = 0;
  std::uint64_t ways_read = 0;
  std::uint64_t missing_locations = 0;  // way nodes the file lacks
};

struct OsmReadRules {
  const WalkRules& walk;
  const FacilityTagMap& facilities;
  std::set<std::string, std::less<>> home_buildings;  // building=* values that are homes
};

// NotFound when the file does not exist; InvalidArgument when it cannot be read as OSM.
Result<OsmExtract> ReadOsmFile(const std::filesystem::path& file, const OsmReadRules& rules,
                               const ProgressFn& progress = {});

}  // namespace sanwang::circles
