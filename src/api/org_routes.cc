// The organization net: units, one unit with its boundary, and point → grid.
#include "api/api.h"
#include "api/json_views.h"
#include "api/openapi_schema.h"
#include "api/org_schemas.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"

namespace sanwang::api {
namespace {

HttpResponse Units(Call& call) {
  const std::string kind = call.request.Query("kind");
  const std::string parent = call.request.Query("parent");
  nlohmann::json items = nlohmann::json::array();
  std::vector<const store::UnitRecord*> units;
  if (!parent.empty()) {
    auto id = ParseId(parent, "parent");
    if (!id.ok()) return ErrorResponse(id.status());
    units = call.domain->org.Children(*id);
  } else if (!kind.empty()) {
    units = call.domain->org.OfKind(kind);
  } else {
    for (const char* k : {"district", "street", "community", "grid", "department", "command_center"}) {
      for (const auto* u : call.domain->org.OfKind(k)) units.push_back(u);
    }
  }
  for (const auto* u : units) items.push_back(UnitJson(*u, false));
  return JsonResponse(200, {{"items", items}, {"total", items.size()}});
}

HttpResponse Unit(Call& call) {
  auto id = ParseId(call.params["id"], "id");
  if (!id.ok()) return ErrorResponse(id.status());
  const store::UnitRecord* u = call.domain->org.Find(*id);
  if (u == nullptr) return ErrorResponse(NotFound("单位不存在 no unit " + call.params["id"]));
  nlohmann::json j = UnitJson(*u, true);
  nlohmann::json children = nlohmann::json::array();
  for (const auto* c : call.domain->org.Children(u->id)) children.push_back(UnitJson(*c, false));
  j["children"] = children;
  return JsonResponse(200, j);
}

HttpResponse Locate(Call& call) {
  auto point = QueryPoint(call.request);
  if (!point.ok()) return ErrorResponse(point.status());
  const auto& org = call.domain->org;
  auto grid = org.LocateGrid(*point);
  auto ref = [&](const store::UnitRecord* u) { return u ? UnitJson(*u, false) : nlohmann::json(nullptr); };
  return JsonResponse(200, {{"lon", point->lon},
                            {"lat", point->lat},
                            {"grid", ref(grid ? org.Find(*grid) : nullptr)},
                            {"community", ref(grid ? org.AncestorOfKind(*grid, "community") : nullptr)},
                            {"street", ref(grid ? org.AncestorOfKind(*grid, "street") : nullptr)}});
}

}  // namespace

void AddOrgRoutes(Api& api) {
  api.Add(
      "GET", "/api/v1/org/units", Access::SignedIn(),
      RouteDoc{"listUnits", "Units of the organization net; filter with kind= or parent=."}
          .Answers(OrgUnitListSchema())
          .Query("kind",
                 schema::Enum({"district", "street", "community", "grid", "department", "command_center"}),
                 "Units of one kind.")
          .Query("parent", schema::Integer(1, INT64_MAX), "The children of the unit with this id."),
      Units);
  api.Add("GET", "/api/v1/org/units/{id}", Access::SignedIn(),
          RouteDoc{"getUnit", "One unit with its boundary and children."}.Answers(OrgUnitDetailSchema()),
          Unit);
  api.Add("GET", "/api/v1/org/locate", Access::SignedIn(),
          RouteDoc{"locateUnits",
                   "The grid, community and sub-district of a point (lon, lat, "
                   "coord_system=wgs84|gcj02|bd09); each null outside every grid."}
              .Answers(LocatedUnitsSchema())
              .Query(PointParameters()),
          Locate);
}

}  // namespace sanwang::api
