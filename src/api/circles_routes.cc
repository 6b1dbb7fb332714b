// The fifteen-minute service circles over HTTP: facility types, coverage per unit, the
// gap list and suggested sites (planners' views, as `circles analyze` stored them), the
// point query "what is within 15 minutes of here" (residents' nearby-services page), the
// facilities (the map's streets and landmarks: circles/api/map_base_routes.cc).
//
// Planners' views honour the caller's scope: a street or community staff member sees the
// units, homes and sites of their own unit and below; leaders, supervisors, the command
// center and admins see the whole district.
#include <algorithm>
#include <cmath>

#include "api/api.h"
#include "api/circles_schemas.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "cases/case_access.h"
#include "cases/figure_scope.h"
#include "circles/coverage.h"
#include "circles/facility_type_names.h"
#include "core/time.h"

namespace sanwang::api {
namespace {

using circles::CirclesSnapshot;
using SnapshotPtr = std::shared_ptr<const CirclesSnapshot>;

constexpr int kMaxGapFeatures = 20000;
constexpr int kMaxNearbyMinutes = circles::kLongestNearbySeconds / 60;

// To `per` parts of a unit (10: one decimal), dividing last so the JSON shows a short decimal.
double Rounded(double value, double per) { return std::round(value * per) / per; }

nlohmann::json PointFeature(geo::LonLat where, nlohmann::json properties) {
  return {{"type", "Feature"},
          {"geometry", {{"type", "Point"}, {"coordinates", {where.lon, where.lat}}}},
          {"properties", std::move(properties)}};
}

nlohmann::json Collection(nlohmann::json features) {
  return {{"type", "FeatureCollection"}, {"features", std::move(features)}};
}

bool UnitInScope(const Call& call, const store::UnitRecord* unit) {
  return unit != nullptr && cases::SeesUnit(call.domain->org, call.actor(), *unit);
}

bool PointInScope(const Call& call, geo::LonLat where) {
  return cases::SeesPoint(call.domain->org, call.actor(), where);
}

Result<SnapshotPtr> Snapshot(Call& call) { return call.api.circles().Get(call.db, call.district()); }

// The snapshot with an analysis, and a type it holds.
Result<SnapshotPtr> AnalysedSnapshot(Call& call) {
  SW_ASSIGN_OR_RETURN(SnapshotPtr snapshot, Snapshot(call));
  if (!snapshot->analysis()) {
    return Status{ErrorCode::kUnavailable,
                  "尚未分析 the network has not been analysed: run `sanwang circles analyze`"};
  }
  return snapshot;
}

Result<const circles::TypeResult*> AnalysedType(const CirclesSnapshot& snapshot, const std::string& type) {
  if (type.empty()) return InvalidArgument("缺少设施类型 type is required", "type");
  const circles::TypeResult* t = snapshot.analysis()->Find(type);
  if (t == nullptr) return InvalidArgument("设施类型未分析 type '" + type + "' was not analysed", "type");
  return t;
}

std::string ShareKey(int circle_seconds) {
  return circle_seconds % 60 == 0 ? "share_" + std::to_string(circle_seconds / 60)
                                  : "share_" + std::to_string(circle_seconds) + "s";
}

Result<HttpResponse> Types(Call& call) {
  std::set<std::string> present, analysed;
  auto snapshot = Snapshot(call);
  if (snapshot.ok()) {
    for (const auto& f : (*snapshot)->network().points.facilities) present.insert(f.type);
    if ((*snapshot)->analysis()) {
      for (const auto& t : (*snapshot)->analysis()->types) analysed.insert(t.type);
    }
  } else if (snapshot.status().code() != ErrorCode::kUnavailable) {
    return snapshot.status();
  }
  nlohmann::json out = nlohmann::json::array();
  auto add = [&](const circles::FacilityTypeName& n) {
    out.push_back({{"type", n.type},
                   {"name_zh", n.name_zh},
                   {"name_en", n.name_en},
                   {"analysed", analysed.count(n.type) > 0}});
  };
  for (const auto& n : circles::KnownFacilityTypes()) add(n);
  for (const std::string& type : present) {
    if (circles::FacilityTypeNameOf(type).name_en == type) add(circles::FacilityTypeNameOf(type));
  }
  return JsonResponse(200, out);
}

struct CoverageView {
  std::string code, name, kind;
  double population = 0;
  nlohmann::json shares = nlohmann::json::object();
};

// The stored coverage rows of one type and level, in the caller's scope, one per unit.
Result<std::vector<CoverageView>> CoverageRows(Call& call, const CirclesSnapshot& snapshot,
                                               const std::string& level, const std::string& type) {
  SW_ASSIGN_OR_RETURN(auto rows, store::CirclesRepository(call.db).Coverage(snapshot.analysis_record()->id));
  std::vector<CoverageView> views;
  for (const store::CircleCoverageRecord& r : rows) {
    if (r.unit_kind != level || r.facility_type != type) continue;
    if (level == "area" ? !cases::IsDistrictWide(call.actor())
                        : !UnitInScope(call, call.domain->org.FindByCode(r.unit_code))) {
      continue;
    }
    if (views.empty() || views.back().code != r.unit_code)
      views.push_back({r.unit_code, r.unit_name, r.unit_kind, r.population, {}});
    views.back().shares[ShareKey(r.circle_seconds)] = r.population > 0 ? r.covered / r.population : 0.0;
  }
  return views;
}

nlohmann::json CoverageProperties(const CoverageView& v, const std::string& type) {
  nlohmann::json j = {
      {"code", v.code}, {"name", v.name}, {"type", type}, {"population", Rounded(v.population, 100)}};
  for (const auto& [key, share] : v.shares.items()) j[key] = share;
  return j;
}

nlohmann::json CoverageGeoJson(Call& call, const std::vector<CoverageView>& views, const std::string& type) {
  nlohmann::json features = nlohmann::json::array();
  for (const CoverageView& v : views) {
    const store::UnitRecord* unit = call.domain->org.FindByCode(v.code);
    if (unit == nullptr || unit->geometry.empty()) continue;
    nlohmann::json geometry = nlohmann::json::parse(unit->geometry, nullptr, false);
    if (geometry.is_discarded()) continue;
    features.push_back(
        {{"type", "Feature"}, {"geometry", geometry}, {"properties", CoverageProperties(v, type)}});
  }
  return Collection(features);
}

Result<HttpResponse> Coverage(Call& call) {
  const std::string level = call.request.Query("level").empty() ? "community" : call.request.Query("level");
  if (level != "grid" && level != "community" && level != "street" && level != "area") {
    return InvalidArgument(
        "level 只能是 grid、community、street 或 area level must be grid, community, street or area",
        "level");
  }
  const std::string format = call.request.Query("format");
  if (!format.empty() && format != "json" && format != "geojson") {
    return InvalidArgument("format 只能是 json 或 geojson format must be json or geojson", "format");
  }
  SW_ASSIGN_OR_RETURN(auto snapshot, AnalysedSnapshot(call));
  const std::string type = call.request.Query("type");
  SW_RETURN_IF_ERROR(AnalysedType(*snapshot, type).status());
  SW_ASSIGN_OR_RETURN(auto views, CoverageRows(call, *snapshot, level, type));
  nlohmann::json body = format == "geojson" ? CoverageGeoJson(call, views, type) : nlohmann::json::object();
  if (format != "geojson") {
    nlohmann::json rows = nlohmann::json::array();
    for (const CoverageView& v : views) rows.push_back(CoverageProperties(v, type));
    body["rows"] = rows;
  }
  body["network_version"] = snapshot->record().input_sha256;
  body["computed_at"] = FormatIso8601(snapshot->analysis_record()->created_at);
  body["level"] = level;
  return JsonResponse(200, body);
}

Result<int> IntParam(const HttpRequest& request, const std::string& name, int fallback, int min, int max) {
  const std::string text = request.Query(name);
  if (text.empty()) return fallback;
  SW_ASSIGN_OR_RETURN(std::optional<double> value, ParseNumber(text, name));
  if (!value || *value != std::floor(*value) || *value < min || *value > max) {
    return InvalidArgument(name + " 应为 " + std::to_string(min) + " 到 " + std::to_string(max) + " 的整数 " +
                               name + " must be a whole number from " + std::to_string(min) + " to " +
                               std::to_string(max),
                           name);
  }
  return static_cast<int>(*value);
}

Result<HttpResponse> Gaps(Call& call) {
  SW_ASSIGN_OR_RETURN(auto snapshot, AnalysedSnapshot(call));
  SW_ASSIGN_OR_RETURN(auto type, AnalysedType(*snapshot, call.request.Query("type")));
  SW_ASSIGN_OR_RETURN(auto limit, IntParam(call.request, "limit", 5000, 1, kMaxGapFeatures));
  const circles::AnalysisResult& analysis = *snapshot->analysis();
  const auto& homes = snapshot->network().points.homes;
  nlohmann::json features = nlohmann::json::array();
  bool truncated = false;
  for (const circles::Gap& gap : circles::FindGaps(homes, analysis)) {
    if (gap.type != type->type) continue;
    const circles::Home& home = homes[gap.home];
    if (!PointInScope(call, home.where)) continue;
    if (static_cast<int>(features.size()) == limit) {
      truncated = true;
      break;
    }
    const double seconds = analysis.Seconds(*type, gap.home);
    features.push_back(PointFeature(
        home.where,
        {{"home_id", home.id},
         {"population", Rounded(home.weight, 100)},
         {"seconds", std::isfinite(seconds) ? nlohmann::json(Rounded(seconds, 10)) : nlohmann::json(nullptr)},
         {"on_network", home.at.on_network()}}));
  }
  nlohmann::json body = Collection(features);
  body["truncated"] = truncated;
  body["beyond_seconds"] = analysis.circle_seconds.back();
  return JsonResponse(200, body);
}

Result<HttpResponse> Suggestions(Call& call) {
  SW_ASSIGN_OR_RETURN(auto snapshot, AnalysedSnapshot(call));
  const std::string type = call.request.Query("type");
  SW_RETURN_IF_ERROR(AnalysedType(*snapshot, type).status());
  SW_ASSIGN_OR_RETURN(auto k, IntParam(call.request, "k", 5, 1, 100));
  const circles::TypeSuggestions* stored = snapshot->analysis()->FindSuggestions(type);
  nlohmann::json features = nlohmann::json::array();
  const std::size_t available = stored ? stored->result.sites.size() : 0;
  for (std::size_t i = 0; i < available && i < static_cast<std::size_t>(k); ++i) {
    const circles::SiteSuggestion& site = stored->result.sites[i];
    if (!PointInScope(call, site.where)) continue;
    features.push_back(PointFeature(site.where, {{"rank", i + 1},
                                                 {"added_population", Rounded(site.added_population, 100)},
                                                 {"node_id", site.node}}));
  }
  nlohmann::json body = Collection(features);
  body["circle_seconds"] = stored ? stored->circle_seconds : snapshot->analysis()->circle_seconds.back();
  body["stored_sites"] = available;  // k beyond this needs a larger suggested_sites setting
  return JsonResponse(200, body);
}

Result<HttpResponse> Nearby(Call& call) {
  SW_ASSIGN_OR_RETURN(auto point, QueryPoint(call.request));
  SW_ASSIGN_OR_RETURN(auto minutes, IntParam(call.request, "minutes", 15, 1, kMaxNearbyMinutes));
  SW_ASSIGN_OR_RETURN(auto snapshot, Snapshot(call));
  const double speed = snapshot->walk_speed_mps();
  const circles::NearbyResult found =
      snapshot->Nearby(point, circles::SearchBoundMeters(minutes * 60, speed));
  const auto& facilities = snapshot->network().points.facilities;
  nlohmann::json items = nlohmann::json::array();
  for (const circles::NearbyFacility& f : found.facilities) {
    const circles::Facility& facility = facilities[f.facility];
    items.push_back({{"id", facility.id},
                     {"type", facility.type},
                     {"name", facility.name},
                     {"lat", facility.where.lat},
                     {"lon", facility.where.lon},
                     {"seconds", Rounded(f.metres / speed, 10)}});
  }
  const bool off_network = !found.at.on_network();
  return JsonResponse(
      200, {{"snap_m", off_network ? nlohmann::json(nullptr) : nlohmann::json(Rounded(found.at.snap_m, 10))},
            {"off_network", off_network},
            {"minutes", minutes},
            {"facilities", items}});
}

Result<HttpResponse> Facilities(Call& call) {
  const std::string type = call.request.Query("type");
  nlohmann::json features = nlohmann::json::array();
  auto snapshot = Snapshot(call);
  if (!snapshot.ok() && snapshot.status().code() != ErrorCode::kUnavailable) return snapshot.status();
  if (snapshot.ok()) {
    for (const circles::Facility& f : (*snapshot)->network().points.facilities) {
      if (!type.empty() && f.type != type) continue;
      features.push_back(PointFeature(f.where, {{"id", f.id}, {"type", f.type}, {"name", f.name}}));
    }
  }
  return JsonResponse(200, Collection(features));
}

nlohmann::json TypeParameter(bool required) {
  return schema::QueryParameter("type", schema::WithExample(schema::String(), "clinic"),
                                "A facility type (GET /circles/types).", required);
}

}  // namespace

void AddCirclesRoutes(Api& api) {
  api.Add("GET", "/api/v1/circles/types", Access::SignedIn(),
          RouteDoc{"listFacilityTypes",
                   "Facility types of the fifteen-minute circles, with names and whether they were analysed."}
              .Answers(schema::ArrayOf(
                  schema::Object({{"type", schema::WithExample(schema::String(), "clinic")},
                                  {"name_zh", schema::WithExample(schema::String(), "卫生服务站")},
                                  {"name_en", schema::String()},
                                  {"analysed", schema::Boolean()}},
                                 {"type", "name_zh", "name_en", "analysed"}))),
          FromResult(Types));
  api.AddHeavyRead(
      "/api/v1/circles/coverage", Access::Roles(org::PlannerRoles()),
      RouteDoc{"getCirclesCoverage",
               "Share of people within 5, 10 and 15 minutes of a facility type per unit "
               "(level=grid|community|street, "
               "type=T, format=geojson for boundaries), as last analysed; within the caller's scope."}
          .Answers(CirclesCoverageSchema())
          .Query(TypeParameter(true))
          .Query("level", schema::Enum({"grid", "community", "street", "area"}),
                 "The units (default community); area: the whole district, for district-wide roles.")
          .Query("format", schema::Enum({"json", "geojson"}),
                 "geojson: a FeatureCollection of the units' outlines."),
      FromResult(Coverage));
  api.AddHeavyRead(
      "/api/v1/circles/gaps", Access::Roles(org::PlannerRoles()),
      RouteDoc{
          "getCirclesGaps",
          "Homes beyond the largest circle of a facility type (type=T, limit ≤ 20000), heaviest first, as "
          "GeoJSON."}
          .Answers(CirclesGapsSchema())
          .Query(TypeParameter(true))
          .Query("limit", schema::WithExample(schema::Integer(1, kMaxGapFeatures), 5000),
                 "At most this many homes (default 5000)."),
      FromResult(Gaps));
  api.AddHeavyRead(
      "/api/v1/circles/suggestions", Access::Roles(org::PlannerRoles()),
      RouteDoc{"getCirclesSuggestions",
               "The first k stored greedy new sites of a facility type (type=T, k=N), as GeoJSON."}
          .Answers(CirclesSuggestionsSchema())
          .Query(TypeParameter(true))
          .Query("k", schema::WithExample(schema::Integer(1, 100), 5), "How many sites (default 5)."),
      FromResult(Suggestions));
  api.Add("GET", "/api/v1/circles/nearby", Access::SignedIn(),
          RouteDoc{"listFacilitiesNearby",
                   "Facilities within a walk of a point (lon, lat, coord_system, minutes=15), nearest first."}
              .Answers(CirclesNearbySchema())
              .Query(PointParameters())
              .Query("minutes", schema::WithExample(schema::Integer(1, kMaxNearbyMinutes), 15),
                     "The walk in minutes (default 15)."),
          FromResult(Nearby));
  api.Add(
      "GET", "/api/v1/circles/facilities", Access::SignedIn(),
      RouteDoc{"listFacilities", "Facilities of the walking network (type=T to filter), as GeoJSON points."}
          .Answers(CirclesFacilitiesSchema())
          .Query(TypeParameter(false)),
      FromResult(Facilities));
}

}  // namespace sanwang::api
