// The demo street network of `sanwang demo`: a generated city over the demo footprint,
// written as an OpenStreetMap XML file so that it goes through the same importer as real
// data (`circles import-osm`). Every object carries note=演示数据 demo data.
//
// Streets every 150 m, every fourth one an arterial (highway=secondary), the rest
// residential, each named as Chinese streets are (和平路, 建设街, 人民大道 — invented names:
// the note tag marks them demo data like everything else here), their crossings nudged off the straight line
// and about one local block side in twelve left out so the blocks are not all alike; an apartment building in
// most blocks (2 to 14 storeys, so that the homes' people come to about the reference district's half
// million); and facilities in the reference district's numbers (13 elderly-care centres, 79 day-care
// stations, 10 reading spaces, 77 cultural centres, 100 convenience stores, 150 fresh-food shops, 12 health
// centres, 88 health stations, 133 fitness places, 20 playgrounds, 20 courts, 8 schools) at random places,
// tagged as config/facility-tags.csv expects. A fixed seed: the same footprint always gives the same file.
#pragma once

#include <cstdint>
#include <string>

#include "geo/geometry.h"

namespace sanwang::cli {

struct DemoStreetsSummary {
  std::uint64_t crossings = 0;
  std::uint64_t buildings = 0;
  std::uint64_t facilities = 0;
};

// The OSM XML text of the demo city over the box.
std::string DemoStreetsOsm(const geo::Box& footprint, DemoStreetsSummary* summary = nullptr);

}  // namespace sanwang::cli
