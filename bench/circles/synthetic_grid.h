// A synthetic city for the circles benchmarks, written as a real .osm.pbf so that the
// benchmark measures the real importer: a square street grid of N nodes 50 m apart (every
// row and column a highway=residential way), one 20 m × 20 m six-storey apartment
// building in every other block, and the reference district's facility mix (docs/architecture.md §5,
// issue 6: 13 elderly-care centres, 79 day-care stations, 10 reading spaces, 77 cultural
// centres, 100 convenience stores, 150 fresh-food markets, 12 health centres, 88 health
// stations, 133 fitness places, 20 playgrounds, 20 courts, 8 schools per Weidu's
// 161 km² box) scaled to the grid's area and scattered from a fixed seed.
#pragma once

#include <cstdint>
#include <filesystem>

namespace sanwang::bench {

struct GridSummary {
  std::uint64_t grid_nodes = 0;
  std::uint64_t buildings = 0;
  std::uint64_t facilities = 0;
};

// Writes the file (the fixed seed always writes the same city); a few seconds per million nodes.
GridSummary WriteSyntheticGrid(const std::filesystem::path& file, std::uint32_t nodes);

}  // namespace sanwang::bench
