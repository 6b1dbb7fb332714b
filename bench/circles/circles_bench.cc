// The circles on synthetic street grids of 250,000 and 1,000,000 nodes and on the Monaco
// and Andorra extracts (../shared/data/osm): import time and bytes per node, the full
// analysis (nearest and counts, every facility type, both cores), a site suggestion, and
// the point query "what is within 15 minutes of here" (one thread).
// See bench/README.md and docs/circles.md for how to run it and the recorded figures.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <random>

#include "circles/circle_analysis.h"
#include "circles/network_import.h"
#include "circles/network_summary.h"
#include "circles/point_query.h"
#include "circles/served_circles.h"
#include "circles/site_suggestion.h"
#include "core/files.h"
#include "synthetic_grid.h"

namespace sanwang::bench {
namespace {

std::filesystem::path SourceDir() { return SANWANG_SOURCE_HOME; }

std::filesystem::path WorkDir() {
  const char* env = std::getenv("SANWANG_BENCH_DIR");
  std::filesystem::path dir = env ? env : std::filesystem::temp_directory_path() / "sanwang-circles-bench";
  std::filesystem::create_directories(dir);
  return dir;
}

// The OSM file of an input: a synthetic grid written on first use, or a shared extract.
std::filesystem::path InputFile(const std::string& name) {
  if (name.rfind("grid-", 0) == 0) {
    std::filesystem::path file = WorkDir() / (name + ".osm.pbf");
    static std::map<std::string, bool> written;
    if (!written[name]) {
      const GridSummary s = WriteSyntheticGrid(file, static_cast<std::uint32_t>(std::stoul(name.substr(5))));
      std::cerr << name << ": " << s.grid_nodes << " grid nodes, " << s.buildings << " buildings, "
                << s.facilities << " facilities\n";
      written[name] = true;
    }
    return file;
  }
  // ../shared beside the checkout, else /work/shared (as the tests look; a worktree has no
  // ../shared of its own).
  std::filesystem::path file = SourceDir() / ".." / "shared" / "data" / "osm" / (name + ".osm.pbf");
  if (!std::filesystem::exists(file))
    file = std::filesystem::path("/work/shared/data/osm") / (name + ".osm.pbf");
  return file;
}

const circles::FacilityTagMap& TagMap() {
  static const circles::FacilityTagMap map =
      *circles::FacilityTagMap::Parse(*ReadFileToString(SourceDir() / "config" / "facility-tags.csv"));
  return map;
}

Result<circles::WalkNetwork> Import(const std::string& name) {
  return circles::ImportNetwork({InputFile(name), {}, {}}, circles::CirclesConfig{}, TagMap());
}

// Each input is imported once and kept for the analysis and suggestion benchmarks.
const circles::WalkNetwork* Network(const std::string& name) {
  static std::map<std::string, std::unique_ptr<circles::WalkNetwork>> cache;
  auto& slot = cache[name];
  if (!slot) {
    Result<circles::WalkNetwork> n = Import(name);
    if (!n.ok()) return nullptr;
    slot = std::make_unique<circles::WalkNetwork>(std::move(n).value());
  }
  return slot.get();
}

void Describe(benchmark::State& state, const circles::WalkNetwork& n) {
  const circles::NetworkSummary s = circles::SummarizeNetwork(n);
  state.counters["nodes"] = s.nodes;
  state.counters["edges"] = s.edges;
  state.counters["bytes_per_node"] = s.bytes_per_node;
  state.counters["homes"] = s.homes;
  state.counters["facilities"] = static_cast<double>(n.points.facilities.size());
}

void BM_Import(benchmark::State& state, const std::string& name) {
  if (!std::filesystem::exists(InputFile(name))) return state.SkipWithError(("no " + name).c_str());
  for (auto _ : state) {
    Result<circles::WalkNetwork> n = Import(name);
    if (!n.ok()) return state.SkipWithError(n.status().ToString().c_str());
    state.PauseTiming();
    Describe(state, *n);
    state.ResumeTiming();
  }
}

// Analysis threads: $SANWANG_BENCH_THREADS, else one per core (the product's default).
int Threads() {
  const char* env = std::getenv("SANWANG_BENCH_THREADS");
  return env ? std::atoi(env) : 0;
}

// Every type; nearest and counts (or the nearest only).
void BM_Analyze(benchmark::State& state, const std::string& name, bool counts) {
  const circles::WalkNetwork* n = Network(name);
  if (n == nullptr) return state.SkipWithError(("cannot import " + name).c_str());
  circles::AnalysisOptions options;
  options.count_facilities = counts;
  options.threads = Threads();
  std::size_t types = 0;
  for (auto _ : state) {
    circles::AnalysisResult r = circles::AnalyzeCircles(*n, options);
    types = r.types.size();
    benchmark::DoNotOptimize(r);
  }
  Describe(state, *n);
  state.counters["types"] = static_cast<double>(types);
}

// The search alone, as the pgRouting comparison times it (bench/circles/pgrouting/run.sh):
// every type on ONE thread. search_ms is the time of the counts within each circle, whose
// searches also give every home's nearest facility (circle_analysis.h: with counts the
// nearest needs no search of its own); nearest_alone_ms that of an analysis of the nearest
// only (one multi-source search per type, with each home's walk read off it), run apart in
// the same iteration, for comparison with pgRouting's work; prepare_ms that of preparing the
// searches once per analysis (the home index, the reduced graph, the walk from the nearest
// home). All per analysis. The benchmark's own time is the whole AnalyzeCircles call with
// counts.
void BM_Search(benchmark::State& state, const std::string& name) {
  const circles::WalkNetwork* n = Network(name);
  if (n == nullptr) return state.SkipWithError(("cannot import " + name).c_str());
  circles::AnalysisOptions options;
  options.threads = 1;
  circles::AnalysisOptions nearest_only = options;
  nearest_only.count_facilities = false;
  double search_s = 0, nearest_s = 0, prepare_s = 0;
  std::size_t types = 0;
  for (auto _ : state) {
    circles::AnalysisResult r = circles::AnalyzeCircles(*n, options);
    prepare_s += r.prepare_seconds;
    for (const circles::TypeResult& t : r.types) search_s += t.nearest_seconds + t.counts_seconds;
    types = r.types.size();
    benchmark::DoNotOptimize(r);
    state.PauseTiming();
    const circles::AnalysisResult nearest = circles::AnalyzeCircles(*n, nearest_only);
    for (const circles::TypeResult& t : nearest.types) nearest_s += t.nearest_seconds;
    state.ResumeTiming();
  }
  Describe(state, *n);
  state.counters["types"] = static_cast<double>(types);
  state.counters["search_ms"] = benchmark::Counter(search_s * 1000, benchmark::Counter::kAvgIterations);
  state.counters["nearest_alone_ms"] =
      benchmark::Counter(nearest_s * 1000, benchmark::Counter::kAvgIterations);
  state.counters["prepare_ms"] = benchmark::Counter(prepare_s * 1000, benchmark::Counter::kAvgIterations);
}

void BM_Suggest(benchmark::State& state, const std::string& name, const std::string& type) {
  const circles::WalkNetwork* n = Network(name);
  if (n == nullptr) return state.SkipWithError(("cannot import " + name).c_str());
  circles::AnalysisOptions options;
  options.types = {type};
  options.count_facilities = false;
  const circles::AnalysisResult existing = circles::AnalyzeCircles(*n, options);
  circles::SuggestionOptions s;
  s.sites = 10;
  circles::SuggestionResult result;
  for (auto _ : state) {
    result = circles::SuggestSites(*n, existing.types.front().nearest_m, s);
    benchmark::DoNotOptimize(result);
  }
  state.counters["uncovered_people"] = result.population - result.covered_before;
  state.counters["added_by_10"] =
      result.sites.empty() ? 0 : result.sites.back().covered_population - result.covered_before;
}

// Where residents ask from: the homes, each moved up to 50 m at random (so most queries
// snap afresh), in a fixed order.
std::vector<geo::LonLat> QueryPoints(const circles::WalkNetwork& n, std::size_t count) {
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> shift(-0.00045, 0.00045);
  std::uniform_int_distribution<std::size_t> pick(0, n.points.homes.size() - 1);
  std::vector<geo::LonLat> points;
  for (std::size_t i = 0; i < count; ++i) {
    const geo::LonLat home = n.points.homes[pick(rng)].where;
    points.push_back({home.lon + shift(rng), home.lat + shift(rng)});
  }
  return points;
}

// One query: snap, one bounded forward search of 15 minutes at 1.2 m/s, every facility
// within it, sorted. One thread: the figure is per core.
void BM_PointQuery(benchmark::State& state, const std::string& name) {
  const circles::WalkNetwork* n = Network(name);
  if (n == nullptr || n->points.homes.empty()) return state.SkipWithError(("cannot import " + name).c_str());
  const circles::CirclesConfig config;
  // Prepared as the server prepares it (served_circles.h): for walks up to an hour.
  const circles::PointQuery query(
      *n, config.max_snap_m, config.snap_to_largest_component,
      circles::SearchBoundMeters(circles::kLongestNearbySeconds, config.walk_speed_mps));
  circles::NearbyWorkspace space(*n);
  const std::vector<geo::LonLat> points = QueryPoints(*n, 8192);
  const double bound_m = circles::SearchBoundMeters(900, config.walk_speed_mps);
  std::size_t i = 0, found = 0;
  for (auto _ : state) {
    circles::NearbyResult r = query.Nearby(points[i++ % points.size()], bound_m, space);
    found += r.facilities.size();
    benchmark::DoNotOptimize(r);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
  state.counters["facilities_per_query"] =
      static_cast<double>(found) / static_cast<double>(state.iterations());
  Describe(state, *n);
}

}  // namespace
}  // namespace sanwang::bench

using sanwang::bench::BM_Analyze;
using sanwang::bench::BM_Import;
using sanwang::bench::BM_PointQuery;
using sanwang::bench::BM_Search;
using sanwang::bench::BM_Suggest;

BENCHMARK_CAPTURE(BM_Import, monaco, std::string("monaco"))->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_Import, andorra, std::string("andorra"))->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_Import, grid_250k, std::string("grid-250000"))
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(2);
BENCHMARK_CAPTURE(BM_Import, grid_1m, std::string("grid-1000000"))
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);
// Process CPU time (all threads) is reported beside the wall-clock time: on a loaded
// machine it is the steadier figure.
#define SW_ANALYZE(label, input, counts, iterations)               \
  BENCHMARK_CAPTURE(BM_Analyze, label, std::string(input), counts) \
      ->Unit(benchmark::kMillisecond)                              \
      ->UseRealTime()                                              \
      ->MeasureProcessCPUTime()                                    \
      ->Iterations(iterations)
SW_ANALYZE(monaco, "monaco", true, 20);
SW_ANALYZE(andorra, "andorra", true, 20);
SW_ANALYZE(grid_250k, "grid-250000", true, 3);
SW_ANALYZE(grid_1m, "grid-1000000", true, 3);
SW_ANALYZE(grid_250k_nearest_only, "grid-250000", false, 3);
SW_ANALYZE(grid_1m_nearest_only, "grid-1000000", false, 3);
BENCHMARK_CAPTURE(BM_Search, monaco, std::string("monaco"))->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_Search, andorra, std::string("andorra"))->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_Search, helsinki, std::string("helsinki"))->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK_CAPTURE(BM_Suggest, monaco, std::string("monaco"), std::string("fitness"))
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_Suggest, andorra, std::string("andorra"), std::string("fitness"))
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK_CAPTURE(BM_Suggest, grid_250k, std::string("grid-250000"), std::string("fitness"))
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);
BENCHMARK_CAPTURE(BM_Suggest, grid_1m, std::string("grid-1000000"), std::string("fitness"))
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1);
BENCHMARK_CAPTURE(BM_PointQuery, monaco, std::string("monaco"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_PointQuery, andorra, std::string("andorra"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_PointQuery, grid_250k, std::string("grid-250000"))->Unit(benchmark::kMicrosecond);
BENCHMARK_CAPTURE(BM_PointQuery, grid_1m, std::string("grid-1000000"))->Unit(benchmark::kMicrosecond);

BENCHMARK_MAIN();
