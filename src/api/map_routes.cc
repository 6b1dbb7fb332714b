// Map layers for staff (units with their open load and staff, cases as points) and the
// public client configuration (where the map opens, the optional tile URL).
#include "api/api.h"
#include "api/map_schemas.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "cases/figure_scope.h"
#include "cases/inbox_tabs.h"
#include "cases/map_layers.h"
#include "org/map_view.h"

namespace sanwang::api {
namespace {

nlohmann::json Feature(nlohmann::json geometry, nlohmann::json properties) {
  return {{"type", "Feature"}, {"geometry", std::move(geometry)}, {"properties", std::move(properties)}};
}

nlohmann::json UnitFeature(const cases::UnitOnMap& m, const org::OrgDirectory& org) {
  const store::UnitRecord& u = *m.unit;
  const store::UnitRecord* parent = u.parent_id ? org.Find(*u.parent_id) : nullptr;
  nlohmann::json workers = nlohmann::json::array();
  for (const auto& w : m.staff)
    workers.push_back({{"username", w.username}, {"display_name", w.display_name}});
  nlohmann::json geometry =
      u.geometry.empty() ? nlohmann::json(nullptr) : nlohmann::json::parse(u.geometry, nullptr, false);
  return Feature(geometry, {{"code", u.code},
                            {"name", u.name},
                            {"kind", u.kind},
                            {"parent_code", parent ? nlohmann::json(parent->code) : nlohmann::json(nullptr)},
                            {"open", m.load.open},
                            {"overdue", m.load.past_deadline},
                            {"workers", workers}});
}

Result<HttpResponse> MapUnits(Call& call) {
  std::string level = call.request.Query("level");
  if (level.empty()) level = "grid";
  if (level != "grid" && level != "community")
    return InvalidArgument("level 只能是 grid 或 community level must be grid or community", "level");
  SW_ASSIGN_OR_RETURN(const store::UnitRecord* unit,
                      cases::FigureUnit(call.domain->org, call.actor(), call.request.Query("unit")));
  SW_ASSIGN_OR_RETURN(auto units, cases::UnitsOnMap(call.db, call.domain->org, call.api.workflow(), level,
                                                    *unit, call.api.clock().Now()));
  nlohmann::json features = nlohmann::json::array();
  for (const auto& m : units) features.push_back(UnitFeature(m, call.domain->org));
  return JsonResponse(200, {{"type", "FeatureCollection"}, {"features", features}});
}

Result<store::CaseFilter> MapCaseFilter(Call& call) {
  SW_ASSIGN_OR_RETURN(const store::UnitRecord* unit,
                      cases::FigureUnit(call.domain->org, call.actor(), call.request.Query("unit")));
  store::CaseFilter f;
  f.district_code = call.district();
  f.scope_path = cases::ScopeOfUnit(call.domain->org, *unit).scope_path;
  if (std::string state = call.request.Query("state"); state == "open") {
    f.states = call.api.workflow().StatesWhereOpen(true);
  } else if (!state.empty()) {
    if (call.api.workflow().FindState(state) == nullptr)
      return InvalidArgument("未知状态 unknown state '" + state + "'", "state");
    f.states = {state};
  }
  if (std::string from = call.request.Query("from"); !from.empty()) {
    SW_ASSIGN_OR_RETURN(LocalDate day, ParseDay(from, "from"));
    f.created_from = StartOfLocalDay(day);
  }
  if (std::string to = call.request.Query("to"); !to.empty()) {
    SW_ASSIGN_OR_RETURN(LocalDate day, ParseDay(to, "to"));
    f.created_to = StartOfLocalDay(LocalDate{std::chrono::sys_days{day} + std::chrono::days{1}});
  }
  return f;
}

Result<HttpResponse> MapCases(Call& call) {
  SW_ASSIGN_OR_RETURN(store::CaseFilter filter, MapCaseFilter(call));
  SW_ASSIGN_OR_RETURN(auto points, cases::CasesOnMap(call.db, filter));
  UnixSeconds now = call.api.clock().Now();
  nlohmann::json features = nlohmann::json::array();
  for (const auto& c : points.cases) {
    const auto* item = call.domain->catalog.FindItem(c.item_code);
    features.push_back(Feature({{"type", "Point"}, {"coordinates", {*c.lon, *c.lat}}},
                               {{"id", c.id},
                                {"state", c.state},
                                {"open", call.api.workflow().IsOpen(c.state)},
                                {"item_code", c.item_code},
                                {"item_name", item ? item->name : ""},
                                {"overdue", cases::IsPastDeadline(c, call.api.workflow(), now)},
                                {"created_at", FormatIso8601(c.created_at)}}));
  }
  return JsonResponse(
      200, {{"type", "FeatureCollection"}, {"features", features}, {"truncated", points.truncated}});
}

HttpResponse ClientConfig(Call& call) {
  const store::UnitRecord* root = call.domain->org.Root();
  auto view = org::DistrictView(call.domain->org);
  return JsonResponse(200, {{"district_name_zh", root ? root->name : ""},
                            {"district_name_en", root ? root->name_en : ""},
                            {"center", view ? nlohmann::json::array({view->center_lat, view->center_lon})
                                            : nlohmann::json(nullptr)},
                            {"zoom", view ? view->zoom : 12},
                            {"tile_url", call.api.options().tile_url},
                            {"satisfied_min_stars", call.api.workflow().satisfied_min_stars()},
                            {"urge_interval_hours", call.api.workflow().urge_interval_hours()}});
}

}  // namespace

void AddMapRoutes(Api& api) {
  api.AddHeavyRead(
      "/api/v1/map/units", Access::Roles(org::FigureViewerRoles()),
      RouteDoc{
          "getMapUnits",
          "GeoJSON of grids or communities (level=grid|community, unit=CODE) with open and overdue counts "
          "and staff."}
          .Answers(MapUnitsSchema())
          .Query("level", schema::Enum({"grid", "community"}), "Grids (default) or communities.")
          .Query(UnitParameter("The units within this one (default the caller's own).")),
      FromResult(MapUnits));
  api.AddHeavyRead(
      "/api/v1/map/cases", Access::Roles(org::FigureViewerRoles()),
      RouteDoc{
          "getMapCases",
          "GeoJSON points of located cases (unit=CODE, state=STATE or open, from, to), at most 5000, with "
          "\"truncated\"."}
          .Answers(MapCasesSchema())
          .Query(UnitParameter("Cases within this unit (default the caller's own)."))
          .Query("state", schema::WithExample(schema::String(), "open"), "A state of the workflow, or open.")
          .Query(DayPeriodParameters("filed on these days; by default any.")),
      FromResult(MapCases));
  api.Add(
      "GET", "/api/v1/client-config", Access::Public(),
      RouteDoc{
          "getClientConfig",
          "What the browser app needs before sign-in: district name, map centre [lat, lon], zoom, tile_url, "
          "and the workflow's satisfied_min_stars and urge_interval_hours for the rating and urge forms."}
          .Answers(ClientConfigSchema()),
      ClientConfig);
}

}  // namespace sanwang::api
