#include "circles/network_import.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <tuple>

#include "circles/graph_builder.h"
#include "circles/osm_reader.h"
#include "circles/parallel_jobs.h"
#include "circles/point_csv.h"

namespace sanwang::circles {
namespace {

std::vector<Facility> OsmFacilities(const std::vector<OsmFacility>& found) {
  std::vector<Facility> out;
  for (const OsmFacility& f : found) {
    for (const std::string& type : f.types) out.push_back({f.id, type, f.where, f.name, {}});
  }
  return out;
}

std::vector<Home> OsmHomes(const std::vector<OsmBuilding>& buildings, const HomeSettings& settings) {
  std::vector<Home> homes;
  homes.reserve(buildings.size());
  for (const OsmBuilding& b : buildings) {
    homes.push_back({"w" + std::to_string(b.way_id),
                     b.footprint.centroid,
                     BuildingWeight(b.footprint, b.levels, settings),
                     {}});
  }
  return homes;
}

Result<NetworkPoints> CollectPoints(OsmExtract& extract, const ImportSources& sources,
                                    const CirclesConfig& config) {
  NetworkPoints points;
  points.facilities = OsmFacilities(extract.facilities);
  if (sources.facilities_csv) {
    Result<std::vector<Facility>> listed = ParseFacilitiesCsv(*sources.facilities_csv);
    if (!listed.ok()) return listed.status().WithContext("facilities CSV");
    points.facilities.insert(points.facilities.end(), listed->begin(), listed->end());
  }
  if (sources.homes_csv) {
    Result<std::vector<Home>> homes = ParseHomesCsv(*sources.homes_csv);
    if (!homes.ok()) return homes.status().WithContext("homes CSV");
    points.homes = std::move(homes).value();
  } else {
    points.homes = OsmHomes(extract.buildings, config.homes);
  }
  return points;
}

std::string Seconds(std::chrono::steady_clock::time_point since) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f s",
                std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count());
  return buf;
}

// Where a point meets the network, in the graph's node order; off-network points last.
std::tuple<NodeId, EdgeId, double> PlaceAlong(const WalkGraph& graph, const EdgePosition& at) {
  return at.on_network() ? std::tuple(graph.Target(at.edge), at.edge, at.fraction)
                         : std::tuple(kNoId, kNoId, 0.0);
}

}  // namespace

EdgeSnapper SnapperFor(const WalkGraph& graph, const std::vector<EdgeShape>& shapes,
                       const CirclesConfig& config) {
  if (!config.snap_to_largest_component) return EdgeSnapper(shapes, config.max_snap_m);
  std::vector<EdgeShape> kept;
  for (const EdgeShape& s : shapes) {
    if (graph.InLargestComponent(graph.Target(s.edge))) kept.push_back(s);
  }
  return EdgeSnapper(kept, config.max_snap_m);
}

void SnapPoints(const EdgeSnapper& snapper, NetworkPoints& points, int threads) {
  constexpr std::size_t kPointsPerJob = 8192;
  const std::size_t homes = points.homes.size(), total = homes + points.facilities.size();
  const std::size_t jobs = (total + kPointsPerJob - 1) / kPointsPerJob;
  RunJobs(jobs, ThreadsFor(threads, jobs), [&](std::size_t job, int) {
    for (std::size_t i = job * kPointsPerJob; i < std::min(total, (job + 1) * kPointsPerJob); ++i) {
      if (i < homes) {
        points.homes[i].at = snapper.Snap(points.homes[i].where);
      } else {
        points.facilities[i - homes].at = snapper.Snap(points.facilities[i - homes].where);
      }
    }
  });
}

void SortFacilitiesAlongNetwork(const WalkGraph& graph, std::vector<Facility>& facilities) {
  std::stable_sort(facilities.begin(), facilities.end(), [&](const Facility& a, const Facility& b) {
    if (a.type != b.type) return a.type < b.type;
    return PlaceAlong(graph, a.at) < PlaceAlong(graph, b.at);
  });
}

void SortAlongNetwork(const WalkGraph& graph, NetworkPoints& points) {
  std::stable_sort(points.homes.begin(), points.homes.end(), [&](const Home& a, const Home& b) {
    return PlaceAlong(graph, a.at) < PlaceAlong(graph, b.at);
  });
  SortFacilitiesAlongNetwork(graph, points.facilities);
}

Result<WalkNetwork> ImportNetwork(const ImportSources& sources, const CirclesConfig& config,
                                  const FacilityTagMap& tag_map, const ProgressFn& progress,
                                  std::vector<StreetLine>* streets) {
  const auto start = std::chrono::steady_clock::now();
  WalkRules walk(config.walk);
  OsmReadRules rules{walk, tag_map, {config.homes.buildings.begin(), config.homes.buildings.end()}};
  Report(progress, "reading " + sources.osm_file.string());
  SW_ASSIGN_OR_RETURN(OsmExtract extract, ReadOsmFile(sources.osm_file, rules, progress));
  SW_ASSIGN_OR_RETURN(NetworkPoints points, CollectPoints(extract, sources, config));
  Report(progress, "building the walking graph (" + Seconds(start) + ")");
  BuiltGraph built = BuildWalkGraph(extract.ways);
  if (streets != nullptr) *streets = std::move(extract.streets);
  extract = {};
  Report(progress, "snapping " + std::to_string(points.homes.size()) + " homes and " +
                       std::to_string(points.facilities.size()) + " facilities (" + Seconds(start) + ")");
  SnapPoints(SnapperFor(built.graph, built.shapes, config), points, config.threads);
  SortAlongNetwork(built.graph, points);
  Report(progress, "import done (" + Seconds(start) + ")");
  return WalkNetwork{std::move(built.graph), std::move(points)};
}

}  // namespace sanwang::circles
