// The map residents recognise with no internet (docs/circles.md): the imported streets as
// the base layer at every zoom, labelled landmarks, where a person's map opens, and the
// address a dropped pin suggests. Everything comes from the district's own data; nothing
// is fetched from outside.
#include <algorithm>
#include <cmath>
#include <sstream>

#include "api/api.h"
#include "api/json_views.h"
#include "api/map_schemas.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "circles/map_landmarks.h"
#include "circles/map_streets.h"
#include "org/map_view.h"

namespace sanwang::api {
namespace {

// An answer stays small enough for a phone on a slow intranet link: the most major
// streets first, at most this many lines and points.
constexpr std::size_t kMaxRoadFeatures = 4000;
constexpr std::size_t kMaxRoadPoints = 60000;
constexpr int kDefaultZoom = 16;
constexpr int kMaxZoom = 20;

Result<geo::Box> ParseBbox(const std::string& text) {
  std::vector<double> values;
  std::stringstream in(text);
  for (std::string part; std::getline(in, part, ',');) {
    SW_ASSIGN_OR_RETURN(std::optional<double> v, ParseNumber(part, "bbox"));
    if (!v) return InvalidArgument("bbox 缺少数字 bbox has an empty number", "bbox");
    values.push_back(*v);
  }
  if (values.size() != 4) {
    return InvalidArgument("bbox 应为 minlon,minlat,maxlon,maxlat bbox must be minlon,minlat,maxlon,maxlat",
                           "bbox");
  }
  geo::Box box{{values[0], values[1]}, {values[2], values[3]}};
  if (box.min.lon > box.max.lon || box.min.lat > box.max.lat || box.min.lon < -180 || box.max.lon > 180 ||
      box.min.lat < -90 || box.max.lat > 90) {
    return InvalidArgument("bbox 超出范围 bbox must be minlon,minlat,maxlon,maxlat within WGS-84 bounds",
                           "bbox");
  }
  return box;
}

Result<int> ZoomParam(const HttpRequest& request) {
  const std::string text = request.Query("zoom");
  if (text.empty()) return kDefaultZoom;
  SW_ASSIGN_OR_RETURN(std::optional<double> value, ParseNumber(text, "zoom"));
  if (!value || *value != std::floor(*value) || *value < 0 || *value > kMaxZoom) {
    return InvalidArgument("zoom 应为 0 到 20 的整数 zoom must be a whole number from 0 to 20", "zoom");
  }
  return static_cast<int>(*value);
}

nlohmann::json LineFeature(const geo::Polyline& line, nlohmann::json properties) {
  nlohmann::json coordinates = nlohmann::json::array();
  for (geo::LonLat p : line) coordinates.push_back({p.lon, p.lat});
  return {{"type", "Feature"},
          {"geometry", {{"type", "LineString"}, {"coordinates", std::move(coordinates)}}},
          {"properties", std::move(properties)}};
}

// A network imported before streets were kept: its walking stretches, straight and unnamed.
nlohmann::json StretchFeatures(const circles::CirclesSnapshot& snapshot, const geo::Box& box,
                               bool& truncated) {
  nlohmann::json features = nlohmann::json::array();
  for (const circles::EdgeShape& s : snapshot.query().stretches()) {
    const geo::LonLat a = s.line.front(), b = s.line.back();
    if (std::max(a.lon, b.lon) < box.min.lon || std::min(a.lon, b.lon) > box.max.lon ||
        std::max(a.lat, b.lat) < box.min.lat || std::min(a.lat, b.lat) > box.max.lat) {
      continue;
    }
    if (features.size() == kMaxRoadFeatures) {
      truncated = true;
      break;
    }
    features.push_back(
        LineFeature({a, b}, {{"name", ""}, {"class", "path"}, {"rank", circles::kFootpathRank}}));
  }
  return features;
}

Result<HttpResponse> Roads(Call& call) {
  SW_ASSIGN_OR_RETURN(auto box, ParseBbox(call.request.Query("bbox")));
  SW_ASSIGN_OR_RETURN(int zoom, ZoomParam(call.request));
  store::StreetQuery query{call.district(), box.min.lon, box.min.lat, box.max.lon, box.max.lat};
  query.max_rank = circles::MaxRankAtZoom(zoom);
  query.limit = kMaxRoadFeatures + 1;
  SW_ASSIGN_OR_RETURN(auto streets, store::StreetRepository(call.db).InBox(query));
  const double tolerance = circles::SimplifyToleranceAtZoom(zoom, (box.min.lat + box.max.lat) / 2);
  nlohmann::json features = nlohmann::json::array();
  bool truncated = false;
  std::size_t points = 0;
  for (const store::StreetRecord& s : streets) {
    const geo::Polyline line = geo::SimplifyLine(circles::CourseOf(s), tolerance);
    if (features.size() == kMaxRoadFeatures || points + line.size() > kMaxRoadPoints) {
      truncated = true;
      break;
    }
    points += line.size();
    features.push_back(LineFeature(line, {{"name", s.name}, {"class", s.road_class}, {"rank", s.rank}}));
  }
  SW_ASSIGN_OR_RETURN(std::int64_t stored, store::StreetRepository(call.db).Count(call.district()));
  if (stored == 0) {
    auto snapshot = call.api.circles().Get(call.db, call.district());
    if (!snapshot.ok() && snapshot.status().code() != ErrorCode::kUnavailable) return snapshot.status();
    if (snapshot.ok()) features = StretchFeatures(**snapshot, box, truncated);
  }
  return JsonResponse(
      200, {{"type", "FeatureCollection"}, {"features", features}, {"zoom", zoom}, {"truncated", truncated}});
}

nlohmann::json LandmarkFeature(const circles::Landmark& l) {
  return {{"type", "Feature"},
          {"geometry", {{"type", "Point"}, {"coordinates", {l.where.lon, l.where.lat}}}},
          {"properties", {{"kind", l.kind}, {"id", l.id}, {"name", l.name}, {"type", l.type}}}};
}

Result<HttpResponse> Landmarks(Call& call) {
  SW_ASSIGN_OR_RETURN(auto box, ParseBbox(call.request.Query("bbox")));
  SW_ASSIGN_OR_RETURN(int zoom, ZoomParam(call.request));
  std::vector<circles::Landmark> found = circles::UnitLandmarks(call.domain->org, box);
  if (circles::FacilitiesShownAtZoom(zoom)) {
    auto snapshot = call.api.circles().Get(call.db, call.district());
    if (!snapshot.ok() && snapshot.status().code() != ErrorCode::kUnavailable) return snapshot.status();
    if (snapshot.ok()) {
      auto facilities = circles::FacilityLandmarks((*snapshot)->network().points.facilities, box);
      found.insert(found.end(), facilities.begin(), facilities.end());
    }
  }
  const bool truncated = found.size() > circles::kMaxLandmarks;
  if (truncated) found.resize(circles::kMaxLandmarks);
  nlohmann::json features = nlohmann::json::array();
  for (const circles::Landmark& l : found) features.push_back(LandmarkFeature(l));
  return JsonResponse(200, {{"type", "FeatureCollection"}, {"features", features}, {"truncated", truncated}});
}

Result<HttpResponse> Start(Call& call) {
  auto start = org::StartViewFor(call.domain->org, call.actor().unit_id);
  if (!start) {
    return Status{ErrorCode::kUnavailable,
                  "区划尚无边界 the district has no boundaries yet: import them first"};
  }
  return JsonResponse(200, {{"center", {start->view.center_lat, start->view.center_lon}},
                            {"zoom", start->view.zoom},
                            {"source", start->unit ? start->unit->kind : "district"},
                            {"unit", start->unit ? UnitJson(*start->unit, false) : nlohmann::json(nullptr)}});
}

Result<HttpResponse> Address(Call& call) {
  SW_ASSIGN_OR_RETURN(geo::LonLat point, QueryPoint(call.request));
  SW_ASSIGN_OR_RETURN(auto street, circles::FindNearestStreet(call.db, call.district(), point,
                                                              circles::kAddressStreetLimitM));
  const auto& org = call.domain->org;
  const std::optional<store::Id> grid = org.LocateGrid(point);
  const store::UnitRecord* community = grid ? org.AncestorOfKind(*grid, "community") : nullptr;
  return JsonResponse(
      200, {{"lon", point.lon},
            {"lat", point.lat},
            {"street", street ? nlohmann::json{{"name", street->name}, {"metres", std::round(street->metres)}}
                              : nlohmann::json(nullptr)},
            {"community", community ? UnitJson(*community, false) : nlohmann::json(nullptr)},
            {"address", circles::AddressNear(street, community ? community->name : "")}});
}

nlohmann::json BoxAndZoom() {
  using namespace schema;  // NOLINT(google-build-using-namespace): a list of schema words
  return json::array(
      {QueryParameter("bbox", WithExample(String(), "113.80,34.01,113.84,34.04"),
                      "minlon,minlat,maxlon,maxlat in WGS-84.", true),
       QueryParameter("zoom", WithExample(Integer(0, kMaxZoom), 15), "The map's zoom (default 16).")});
}

}  // namespace

void AddMapBaseRoutes(Api& api) {
  api.AddHeavyRead(
      "/api/v1/map/roads", Access::SignedIn(),
      RouteDoc{
          "getMapRoads",
          "The streets of the imported map inside bbox=minlon,minlat,maxlon,maxlat at zoom=Z (default 16) as "
          "GeoJSON lines with name, class and rank: major streets only at low zoom, every path when zoomed "
          "in, "
          "each simplified to about a pixel; most major first, at most 4000 lines (\"truncated\")."}
          .Answers(MapRoadsSchema())
          .Query(BoxAndZoom()),
      FromResult(Roads));
  api.Add(
      "GET", "/api/v1/map/landmarks", Access::SignedIn(),
      RouteDoc{
          "getMapLandmarks",
          "Labelled points inside bbox=minlon,minlat,maxlon,maxlat: sub-districts and communities, and from "
          "zoom=15 on the facilities of the circles' data; at most 800 (\"truncated\")."}
          .Answers(MapLandmarksSchema())
          .Query(BoxAndZoom()),
      FromResult(Landmarks));
  api.Add(
      "GET", "/api/v1/map/start", Access::SignedIn(),
      RouteDoc{"getMapStart",
               "Where the caller's map opens without the device's location: their own unit (a resident's "
               "community) when it has a boundary, else the district; centre [lat, lon], zoom and source."}
          .Answers(MapStartSchema()),
      FromResult(Start));
  api.Add(
      "GET", "/api/v1/map/address", Access::SignedIn(),
      RouteDoc{
          "getMapAddress",
          "The address a point suggests (lon, lat, coord_system): the nearest named street within 150 m and "
          "the community, as \"<street>附近, <community>\"."}
          .Answers(MapAddressSchema())
          .Query(PointParameters()),
      FromResult(Address));
}

}  // namespace sanwang::api
