#include "api/map_schemas.h"

#include <cstdint>

#include "api/geojson_schemas.h"
#include "api/openapi_schema.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json Count() { return Integer(0, INT64_MAX); }

json UnitKind() { return Enum({"district", "street", "community", "grid", "department", "command_center"}); }

json Truncated(const char* limit) {
  json t = Boolean();
  t["description"] = std::string("True when more matched than the ") + limit + " the answer holds.";
  return t;
}

// [lat, lon]: the order the map library takes, unlike GeoJSON's positions.
json Centre() {
  json c = WithExample(ArrayOf(Number()), json::array({34.0276, 113.8266}));
  c["minItems"] = 2;
  c["maxItems"] = 2;
  c["description"] = "[lat, lon] in WGS-84.";
  return c;
}

json Zoom() { return WithExample(Integer(0, 22), 15); }

json StaffMember() {
  return ClosedObject(
      {{"username", WithExample(String(), "wangfang")}, {"display_name", WithExample(String(), "王芳")}},
      {"username", "display_name"});
}

json UnitProperties() {
  json parent = WithExample(Nullable(String()), "411002003");
  parent["description"] = "Null for the district itself.";
  return ClosedObject({{"code", WithExample(String(), "411002003001")},
                       {"name", WithExample(String(), "和平社区")},
                       {"kind", UnitKind()},
                       {"parent_code", parent},
                       {"open", Count()},
                       {"overdue", Count()},
                       {"workers", ArrayOf(StaffMember())}},
                      {"code", "name", "kind", "parent_code", "open", "overdue", "workers"});
}

json CaseProperties() {
  return ClosedObject({{"id", Integer(1, INT64_MAX)},
                       {"state", WithExample(String(), "dispatched")},
                       {"open", Boolean()},
                       {"item_code", WithExample(String(), "A01-001")},
                       {"item_name", WithExample(String(), "楼道堆放杂物")},
                       {"overdue", Boolean()},
                       {"created_at", DateTime()}},
                      {"id", "state", "open", "item_code", "item_name", "overdue", "created_at"});
}

json RoadProperties() {
  return ClosedObject({{"name", WithExample(String(), "建设路")},
                       {"class", WithExample(String(), "primary")},
                       {"rank", WithExample(Integer(0, 9), 1)}},
                      {"name", "class", "rank"});
}

json LandmarkProperties() {
  json id = WithExample(String(), "411002003001");
  id["description"] = "A unit's code, or a facility's id.";
  json type = WithExample(String(), "clinic");
  type["description"] = "The facility type; empty for units.";
  return ClosedObject({{"kind", Enum({"street", "community", "facility"})},
                       {"id", id},
                       {"name", WithExample(String(), "和平社区")},
                       {"type", type}},
                      {"kind", "id", "name", "type"});
}

json NearestStreet() {
  return Nullable(
      ClosedObject({{"name", WithExample(String(), "建设路")}, {"metres", WithExample(Number(0, 150), 35)}},
                   {"name", "metres"}));
}

}  // namespace

json OrgUnitSchema() {
  json parent = Nullable(Integer(1, INT64_MAX));
  parent["description"] = "Null for the district itself.";
  json demo = Boolean();
  demo["description"] = "True when the boundary is a drawn stand-in, not a surveyed one.";
  return Named("OrgUnit",
               ClosedObject({{"id", Integer(1, INT64_MAX)},
                             {"code", WithExample(String(), "411002003001")},
                             {"kind", UnitKind()},
                             {"name", WithExample(String(), "和平社区")},
                             {"name_en", WithExample(String(), "Heping Community")},
                             {"parent_id", parent},
                             {"demo_geometry", demo}},
                            {"id", "code", "kind", "name", "name_en", "parent_id", "demo_geometry"}));
}

json MapUnitsSchema() { return FeatureCollectionOf(FeatureOf(AreaGeometryOrNull(), UnitProperties())); }

json MapCasesSchema() {
  return FeatureCollectionOf(FeatureOf(PointGeometry(), CaseProperties()),
                             {{"truncated", Truncated("5000")}});
}

json MapRoadsSchema() {
  return FeatureCollectionOf(FeatureOf(LineStringGeometry(), RoadProperties()),
                             {{"zoom", Zoom()}, {"truncated", Truncated("4000 lines")}});
}

json MapLandmarksSchema() {
  return FeatureCollectionOf(FeatureOf(PointGeometry(), LandmarkProperties()),
                             {{"truncated", Truncated("800")}});
}

json MapStartSchema() {
  json unit = OrNull(OrgUnitSchema());
  return ClosedObject(
      {{"center", Centre()},
       {"zoom", Zoom()},
       {"source",
        WithExample(Enum({"district", "street", "community", "grid", "department", "command_center"}),
                    "community")},
       {"unit", unit}},
      {"center", "zoom", "source", "unit"});
}

json MapAddressSchema() {
  return ClosedObject({{"lon", WithExample(Number(-180, 180), 113.8266)},
                       {"lat", WithExample(Number(-90, 90), 34.0276)},
                       {"street", NearestStreet()},
                       {"community", OrNull(OrgUnitSchema())},
                       {"address", WithExample(String(), "建设路附近, 和平社区")}},
                      {"lon", "lat", "street", "community", "address"});
}

json ClientConfigSchema() {
  json centre = Nullable(Centre());
  centre["description"] = "[lat, lon]; null when no unit has a boundary.";
  json tiles = WithExample(String(), "");
  tiles["description"] = "A raster tile URL template; empty when the map draws the district's own streets.";
  return Named("ClientConfig", ClosedObject({{"district_name_zh", WithExample(String(), "魏都区")},
                                             {"district_name_en", WithExample(String(), "Weidu District")},
                                             {"center", centre},
                                             {"zoom", Zoom()},
                                             {"tile_url", tiles},
                                             {"satisfied_min_stars", WithExample(Integer(1, 5), 4)},
                                             {"urge_interval_hours", WithExample(Integer(1, INT64_MAX), 24)}},
                                            {"district_name_zh", "district_name_en", "center", "zoom",
                                             "tile_url", "satisfied_min_stars", "urge_interval_hours"}));
}

}  // namespace sanwang::api
