// How fast a point finds its grid: PolygonIndex against the linear scan it replaces, at
// Weidu District's 620 grids and at 100,000 grids (a province-wide deployment), plus the
// cost of building the index. Grids are a jittered lattice of quadrilaterals over the
// district's footprint; query points are uniform over the same box, from a fixed seed.
#include <benchmark/benchmark.h>

#include <cmath>
#include <optional>
#include <random>
#include <vector>

#include "geo/polygon_index.h"

namespace sanwang::geo {
namespace {

constexpr double kWest = 113.7435;
constexpr double kEast = 113.8855;
constexpr double kSouth = 33.9840;
constexpr double kNorth = 34.0948;
constexpr std::size_t kQueryPoints = 4096;  // a power of two, so the cycle is a mask

struct Lattice {
  int columns;
  int rows;
};

// Exactly `count` cells, shaped as close to the footprint's aspect ratio as the divisors
// of `count` allow (620 = 31 x 20, 100,000 = 400 x 250).
Lattice LatticeFor(int count) {
  const double target = std::sqrt(count * (kEast - kWest) / (kNorth - kSouth));
  int best = 1;
  for (int columns = 1; columns <= count; ++columns) {
    if (count % columns == 0 && std::abs(columns - target) < std::abs(best - target)) {
      best = columns;
    }
  }
  return {best, count / best};
}

// Lattice vertices, the inner ones moved by up to 30% of a cell so that the quadrilaterals
// are irregular yet still tile the box without gaps or overlaps.
std::vector<std::vector<LonLat>> JitteredVertices(Lattice lattice, std::mt19937_64& random) {
  const double width = (kEast - kWest) / lattice.columns;
  const double height = (kNorth - kSouth) / lattice.rows;
  std::uniform_real_distribution<double> jitter(-0.3, 0.3);
  std::vector<std::vector<LonLat>> vertices(lattice.columns + 1);
  for (int i = 0; i <= lattice.columns; ++i) {
    for (int j = 0; j <= lattice.rows; ++j) {
      const bool inner = i > 0 && j > 0 && i < lattice.columns && j < lattice.rows;
      const double dx = inner ? jitter(random) * width : 0;
      const double dy = inner ? jitter(random) * height : 0;
      vertices[i].push_back({kWest + i * width + dx, kSouth + j * height + dy});
    }
  }
  return vertices;
}

std::vector<IdentifiedShape> JitteredGrids(std::int64_t count) {
  std::mt19937_64 random(620);
  const Lattice lattice = LatticeFor(static_cast<int>(count));
  const auto v = JitteredVertices(lattice, random);
  std::vector<IdentifiedShape> grids;
  grids.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < lattice.columns; ++i) {
    for (int j = 0; j < lattice.rows; ++j) {
      Ring quad = {v[i][j], v[i + 1][j], v[i + 1][j + 1], v[i][j + 1], v[i][j]};
      grids.emplace_back(i * lattice.rows + j, MultiPolygon{Polygon{std::move(quad), {}}});
    }
  }
  return grids;
}

std::vector<LonLat> QueryPoints() {
  std::mt19937_64 random(34);
  std::uniform_real_distribution<double> lon(kWest, kEast);
  std::uniform_real_distribution<double> lat(kSouth, kNorth);
  std::vector<LonLat> points(kQueryPoints);
  for (LonLat& p : points) p = {lon(random), lat(random)};
  return points;
}

template <typename Locator>
void RunLocate(benchmark::State& state) {
  const Locator locator(JitteredGrids(state.range(0)));
  const std::vector<LonLat> points = QueryPoints();
  std::size_t next = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(locator.Locate(points[next]));
    next = (next + 1) & (kQueryPoints - 1);
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_PolygonIndexLocate(benchmark::State& state) { RunLocate<PolygonIndex>(state); }
void BM_LinearScanLocate(benchmark::State& state) { RunLocate<LinearPolygonScan>(state); }

void BM_PolygonIndexBuild(benchmark::State& state) {
  const std::vector<IdentifiedShape> grids = JitteredGrids(state.range(0));
  for (auto _ : state) {
    // The index takes its shapes by value: copying them in and freeing them are not part
    // of building.
    state.PauseTiming();
    std::vector<IdentifiedShape> copy = grids;
    std::optional<PolygonIndex> index;
    state.ResumeTiming();
    index.emplace(std::move(copy));
    benchmark::DoNotOptimize(*index);
    state.PauseTiming();
    index.reset();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * state.range(0));
}

BENCHMARK(BM_PolygonIndexLocate)->Arg(620)->Arg(100'000);
BENCHMARK(BM_LinearScanLocate)->Arg(620)->Arg(100'000);
BENCHMARK(BM_PolygonIndexBuild)->Arg(620)->Arg(100'000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace sanwang::geo
