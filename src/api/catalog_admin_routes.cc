// Editing the district's data over HTTP (admin): the catalog as CSV, one catalog item, and
// grid boundaries as GeoJSON. The same importers as `sanwang import` — all or nothing —
// and the server's snapshot of the org net and catalog is reloaded after a change.
#include "api/api.h"
#include "api/catalog_schemas.h"
#include "api/json_views.h"
#include "api/openapi_schema.h"
#include "api/org_schemas.h"
#include "api/responses.h"
#include "cases/catalog.h"
#include "org/area_import.h"

namespace sanwang::api {
namespace {

Result<HttpResponse> Reloaded(Call& call, HttpResponse response) {
  SW_RETURN_IF_ERROR(call.api.ReloadFrom(call.db, call.district()));
  return response;
}

Result<HttpResponse> ExportCatalog(Call& call) {
  SW_ASSIGN_OR_RETURN(std::string csv, cases::ExportCatalogCsv(call.db, call.district()));
  HttpResponse r;
  r.status = 200;
  r.content_type = "text/csv; charset=utf-8";
  r.headers.emplace("Content-Disposition", "attachment; filename=\"catalog.csv\"");
  r.body = std::move(csv);
  return r;
}

Result<HttpResponse> ImportCatalog(Call& call) {
  // The CSV reader converts a GBK file (as Excel saves it) and refuses other encodings.
  // Items may name only departments the district has already; new departments come from
  // `sanwang import catalog` with its departments file.
  SW_ASSIGN_OR_RETURN(auto result, cases::ImportCatalog(call.db, call.district(), call.request.body, ""));
  return Reloaded(call, JsonResponse(200, {{"aspects", result.aspects}, {"items", result.items}}));
}

Result<store::CatalogItemRecord> ItemFrom(const std::string& code, const nlohmann::json& body) {
  store::CatalogItemRecord i;
  i.code = code;
  for (auto [field, target, required] :
       {std::tuple{"name_zh", &i.name, true}, std::tuple{"name_en", &i.name_en, false},
        std::tuple{"tier", &i.tier, true}, std::tuple{"department", &i.department_code, false},
        std::tuple{"online_answer_zh", &i.online_answer, false},
        std::tuple{"online_answer_en", &i.online_answer_en, false},
        std::tuple{"keywords", &i.keywords, false}}) {
    SW_ASSIGN_OR_RETURN(*target, StringField(body, field, required));
  }
  SW_ASSIGN_OR_RETURN(auto sla, IntegerField(body, "sla_hours"));
  if (!sla) return InvalidArgument("需要 sla_hours sla_hours is required", "sla_hours");
  if (*sla < 0 || *sla > 100000)
    return InvalidArgument("sla_hours 超出范围 sla_hours out of range", "sla_hours");
  i.sla_hours = static_cast<int>(*sla);
  return i;
}

Result<HttpResponse> PutCatalogItem(Call& call) {
  SW_ASSIGN_OR_RETURN(
      auto body, ParseJsonObject(call.request.body, {"name_zh", "name_en", "tier", "department", "sla_hours",
                                                     "online_answer_zh", "online_answer_en", "keywords"}));
  SW_ASSIGN_OR_RETURN(auto item, ItemFrom(call.params["code"], body));
  SW_ASSIGN_OR_RETURN(auto updated, cases::UpdateCatalogItem(call.db, call.district(), item));
  return Reloaded(call, JsonResponse(200, ItemJson(updated)));
}

Result<HttpResponse> ImportGrids(Call& call) {
  org::AreaImportOptions options;
  options.max_bytes = call.request.body.size();  // the server's upload limit applies
  options.max_vertices_per_feature = call.api.options().max_feature_vertices;
  std::string allow = call.request.Query("allow_overlap");
  if (allow != "" && allow != "true" && allow != "false") {
    return InvalidArgument("allow_overlap 只能是 true 或 false allow_overlap must be true or false",
                           "allow_overlap");
  }
  options.allow_overlap = allow == "true";
  SW_ASSIGN_OR_RETURN(auto result, org::ImportAreas(call.db, call.district(), call.request.body, options));
  return Reloaded(call, JsonResponse(200, {{"grids", result.grids_added + result.grids_updated},
                                           {"grids_added", result.grids_added},
                                           {"boundaries_set", result.boundaries_set}}));
}

}  // namespace

void AddCatalogAdminRoutes(Api& api) {
  api.Add("GET", "/api/v1/catalog/export.csv", Access::Roles(org::AdminRoles()),
          {"exportCatalog", "The catalog as CSV, in the columns of data/catalog/catalog.csv (admin)."},
          FromResult(ExportCatalog));
  api.Add("POST", "/api/v1/catalog/import", Access::Roles(org::AdminRoles()),
          RouteDoc{"importCatalog",
                   "Import a catalog CSV (body text/csv), all or nothing; errors name the line (admin)."}
              .Takes(schema::WithExample(
                         schema::String(),
                         "code,aspect_code,aspect_zh,aspect_en,name_zh,name_en,tier,department,sla_hours,"
                         "online_answer_zh,online_answer_en,keywords\n"),
                     "text/csv")
              .Answers(CatalogImportResultSchema()),
          FromResult(ImportCatalog));
  api.Add(
      "PUT", "/api/v1/catalog/items/{code}", Access::Roles(org::AdminRoles()),
      RouteDoc{"putCatalogItem",
               "Rewrite one catalog item: names, tier, department, SLA, online answers, keywords (admin)."}
          .Takes(schema::ClosedObject(
              {{"name_zh", schema::WithExample(schema::String(), "楼道堆放杂物")},
               {"name_en", schema::WithExample(schema::String(), "Clutter in the stairwell")},
               {"tier", schema::Enum({"online", "grid", "community", "street", "department"})},
               {"department", schema::String()},
               {"sla_hours", schema::Integer(0, 100000)},
               {"online_answer_zh", schema::String()},
               {"online_answer_en", schema::String()},
               {"keywords", schema::WithExample(schema::String(), "杂物 堆放 楼道")}},
              {"name_zh", "tier", "sla_hours"}))
          .Answers(CatalogItemSchema()),
      FromResult(PutCatalogItem));
  api.Add(
      "POST", "/api/v1/org/grids/import", Access::Roles(org::AdminRoles()),
      RouteDoc{
          "importGridBoundaries",
          "Import grid boundaries (body GeoJSON FeatureCollection), all or nothing; errors name the feature; "
          "a grid "
          "overlapping another is refused unless ?allow_overlap=true (admin)."}
          .Takes(schema::Object(
                     {{"type", schema::Enum({"FeatureCollection"})},
                      {"features", schema::ArrayOf(schema::Object({{"type", schema::Enum({"Feature"})},
                                                                   {"properties", {{"type", "object"}}},
                                                                   {"geometry", {{"type", "object"}}}},
                                                                  {"type", "geometry"}))}},
                     {"type", "features"}),
                 "application/geo+json")
          .Answers(GridImportResultSchema())
          .Query("allow_overlap", schema::Boolean(),
                 "Import grids that overlap others (default false: refused)."),
      FromResult(ImportGrids));
}

}  // namespace sanwang::api
