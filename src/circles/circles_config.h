// Settings of the fifteen-minute service circles (docs/architecture.md §5): walking speed, circle
// limits, which ways are walkable, how far a point may lie from the network, and how a
// building becomes a residential point with a population weight.
//
// Every setting has a default here; config/circles.toml (optional) overrides any of them
// and documents the choices. The import settings are part of the imported network's
// version (ImportSettingsText), so changing one re-imports; the analysis parameters key
// the stored results (AnalysisParamsText).
//
// A plain value; copy it freely.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace sanwang::circles {

struct WalkSettings {
  // highway=* values that carry pedestrians (motorways and trunk roads are left out: in
  // China they have no footway of their own unless mapped with sidewalk=* or foot=yes).
  std::vector<std::string> highways = {
      "footway",       "pedestrian",   "path",           "steps",    "living_street", "residential",
      "service",       "unclassified", "track",          "cycleway", "road",          "tertiary",
      "tertiary_link", "secondary",    "secondary_link", "primary",  "primary_link"};
  // access=* values that close a way to pedestrians unless foot=* opens it. "private" is
  // not here: the internal roads of gated residential compounds (小区) are commonly
  // tagged access=private, and their residents walk them.
  std::vector<std::string> blocked_access = {"no"};
  // foot=* values that close a way.
  std::vector<std::string> blocked_foot = {"no", "use_sidepath"};
  // foot=* values that open any highway=* way, whatever its class and access.
  std::vector<std::string> allowed_foot = {"yes", "designated", "permissive"};
};

struct HomeSettings {
  // building=* values taken as residential. "yes" (type unknown) is the most common value
  // in OSM China; buildings that are facilities are never homes.
  std::vector<std::string> buildings = {"yes",     "residential", "apartments",
                                        "house",   "detached",    "semidetached_house",
                                        "terrace", "dormitory",   "bungalow"};
  // "floor_area": levels × footprint ÷ floor_area_per_person_m2; "one": every building 1.
  std::string weight = "floor_area";
  // Urban housing floor area per person in China, 2020 census: 36.52 m².
  double floor_area_per_person_m2 = 36.52;
  // Levels assumed when building:levels is absent or unreadable.
  double default_levels = 1;
};

struct CirclesConfig {
  // 1.2 m/s: the usual planning value for an unhurried adult walk (faster walkers reach
  // 1.4 m/s, older residents 0.9–1.1 m/s). See docs/circles.md.
  double walk_speed_mps = 1.2;
  // The 5, 10 and 15 minute circles, in seconds, increasing.
  std::vector<int> circle_seconds = {300, 600, 900};
  // A point farther than this from every walkable edge is reported off the network.
  double max_snap_m = 200;
  // Snap points only onto the largest connected part: islands are usually mapping gaps
  // (a compound's paths with no gate mapped) and would strand the homes on them.
  bool snap_to_largest_component = true;
  // Analysis threads; 0 means one per core.
  int threads = 0;
  // New sites `circles analyze` suggests and stores per facility type (for the API); the
  // first k of them are the greedy choice of k sites for any k up to this. 0: none.
  int suggested_sites = 10;
  WalkSettings walk;
  HomeSettings homes;

  int LargestCircleSeconds() const { return circle_seconds.back(); }
};

// Reads TOML text over the defaults. Unknown keys and out-of-range values are errors.
Result<CirclesConfig> ParseCirclesConfig(std::string_view toml_text);

// The defaults when `path` does not exist, else the file over them.
Result<CirclesConfig> LoadCirclesConfig(const std::filesystem::path& path);

// Canonical text of every setting that changes what an import produces.
std::string ImportSettingsText(const CirclesConfig& config);
// Canonical text of the settings that change analysis results ("walk_speed_mps=1.2;…"),
// the key of a stored analysis with its network. The version of the extra facilities
// counted (input_digest.h), when there are any, ends it ("…;extra_facilities=<sha256>"),
// so a change to them never finds the result of another set.
std::string AnalysisParamsText(const CirclesConfig& config, std::string_view extra_facilities_version = "");
inline constexpr std::string_view kExtraFacilitiesParam = ";extra_facilities=";

}  // namespace sanwang::circles
