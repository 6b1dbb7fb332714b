#include "circles/map_streets.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <utility>

namespace sanwang::circles {
namespace {

constexpr std::pair<std::string_view, int> kRanks[] = {
    {"motorway", 1},      {"trunk", 1},         {"primary", 1},     {"motorway_link", 2},
    {"trunk_link", 2},    {"primary_link", 2},  {"secondary", 2},   {"secondary_link", 2},
    {"tertiary", 2},      {"tertiary_link", 3}, {"residential", 3}, {"unclassified", 3},
    {"living_street", 3}, {"road", 3},          {"pedestrian", 3},  {"service", 4},
    {"footway", 4},       {"path", 4},          {"steps", 4},       {"cycleway", 4},
    {"track", 4},         {"bridleway", 4},
};

// Metres per screen pixel at zoom 0 on the equator (a 256-pixel world).
constexpr double kMetresPerPixelAtZoom0 = 156543.03;

}  // namespace

int StreetRank(std::string_view highway) {
  for (const auto& [name, rank] : kRanks) {
    if (name == highway) return rank;
  }
  return 0;
}

int MaxRankAtZoom(int zoom) {
  if (zoom <= 11) return 1;
  if (zoom <= 13) return 2;
  if (zoom <= 15) return 3;
  return kFootpathRank;
}

double SimplifyToleranceAtZoom(int zoom, double lat) {
  return kMetresPerPixelAtZoom0 * std::cos(lat * std::numbers::pi / 180) / std::pow(2.0, zoom);
}

store::StreetRecord StreetRecordOf(const StreetLine& street) {
  store::StreetRecord r;
  r.osm_way_id = street.way_id;
  r.name = street.name;
  r.road_class = street.road_class;
  r.rank = StreetRank(street.road_class);
  const geo::Box box = geo::LineBounds(street.line);
  r.min_lon = box.min.lon, r.min_lat = box.min.lat, r.max_lon = box.max.lon, r.max_lat = box.max.lat;
  for (std::size_t i = 0; i + 1 < street.line.size(); ++i) {
    r.length_m += geo::DistanceMeters(street.line[i], street.line[i + 1]);
  }
  r.line.reserve(street.line.size());
  for (geo::LonLat p : street.line) r.line.push_back({p.lon, p.lat});
  return r;
}

geo::Polyline CourseOf(const store::StreetRecord& record) {
  geo::Polyline line;
  line.reserve(record.line.size());
  for (const store::StreetPoint& p : record.line) line.push_back({p.lon, p.lat});
  return line;
}

Status SaveStreets(store::Database& db, const std::string& district, const std::vector<StreetLine>& streets) {
  std::vector<store::StreetRecord> records;
  records.reserve(streets.size());
  for (const StreetLine& s : streets) {
    if (s.line.size() >= 2 && StreetRank(s.road_class) > 0) records.push_back(StreetRecordOf(s));
  }
  return store::StreetRepository(db).ReplaceStreets(district, records);
}

Result<std::optional<NearestStreet>> FindNearestStreet(store::Database& db, const std::string& district,
                                                       geo::LonLat where, double limit_m) {
  // The box `limit_m` around the point; the streets whose box meets it are the candidates.
  const double dlat = limit_m / 111195.0;
  const double dlon = dlat / std::max(0.01, std::cos(where.lat * std::numbers::pi / 180));
  store::StreetQuery query{district, where.lon - dlon, where.lat - dlat, where.lon + dlon, where.lat + dlat};
  query.named_only = true;
  query.limit = 2000;
  SW_ASSIGN_OR_RETURN(auto candidates, store::StreetRepository(db).InBox(query));
  std::optional<NearestStreet> nearest;
  for (const store::StreetRecord& s : candidates) {
    const double metres = geo::DistanceToLineMeters(where, CourseOf(s));
    if (metres <= limit_m && (!nearest || metres < nearest->metres)) nearest = NearestStreet{s.name, metres};
  }
  return nearest;
}

std::string AddressNear(const std::optional<NearestStreet>& street, std::string_view community) {
  std::string text = street ? street->name + "附近" : "";
  if (!text.empty() && !community.empty()) text += ", ";
  return text.append(community);
}

}  // namespace sanwang::circles
