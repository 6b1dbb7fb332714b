// The streets of the map as residents know them: each OSM way with a highway tag that a map
// draws, kept with its own course (every node of the way, not the straight stretches of the
// walking graph), its name (name:zh, else name) and its class. They are the offline base
// layer of every map and name the street beside a dropped pin.
//
// Which classes are drawn, how major each is (its rank), which ranks a zoom level shows
// and how much a line may be simplified there are rules of this file. Pure functions and
// plain values: safe from any thread.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "circles/store/street_repository.h"
#include "core/status.h"
#include "geo/polyline.h"

namespace sanwang::circles {

struct StreetLine {
  std::int64_t way_id = 0;
  std::string name;        // may be empty
  std::string road_class;  // the highway value
  geo::Polyline line;      // two points or more
};

inline constexpr int kMajorRank = 1;     // motorway, trunk, primary
inline constexpr int kFootpathRank = 4;  // footway, path, steps, cycleway…

// 1 (major) to 4 (footpath); 0 for a highway value that is not drawn (bus stops,
// platforms, roads only proposed or under construction).
int StreetRank(std::string_view highway);

// The most minor rank drawn at a web-map zoom level: only major roads across a whole city,
// every footpath once the streets of a block fill the screen.
int MaxRankAtZoom(int zoom);

// Metres a drawn line may stray from the street at a zoom level: about one screen pixel.
double SimplifyToleranceAtZoom(int zoom, double lat);

// The record kept for a street, with its box and length.
store::StreetRecord StreetRecordOf(const StreetLine& street);
geo::Polyline CourseOf(const store::StreetRecord& record);

// Replaces the district's stored streets by these.
Status SaveStreets(store::Database& db, const std::string& district, const std::vector<StreetLine>& streets);

struct NearestStreet {
  std::string name;
  double metres = 0;
};

// How far a dropped pin may be from a street for the address to name it.
inline constexpr double kAddressStreetLimitM = 150;

// The named street nearest to `where` within `limit_m` metres, if any.
Result<std::optional<NearestStreet>> FindNearestStreet(store::Database& db, const std::string& district,
                                                       geo::LonLat where, double limit_m);

// The address a pin suggests, as residents say it: "建设路附近, 和平社区" (near the street, in
// the community); either part alone when the other is unknown; empty when both are.
std::string AddressNear(const std::optional<NearestStreet>& street, std::string_view community);

}  // namespace sanwang::circles
