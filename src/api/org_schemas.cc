#include "api/org_schemas.h"

#include "api/geojson_schemas.h"
#include "api/map_schemas.h"
#include "api/openapi_schema.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

// OrgUnit with more fields beside its own: one object, so that its fields stay a closed set.
json OrgUnitWith(json more) {
  json unit = OrgUnitSchema();
  unit.erase(kNameKey);
  for (auto& [name, field] : more.items()) {
    unit["properties"][name] = field;
    unit["required"].push_back(name);
  }
  return unit;
}

json PointLon() { return WithExample(Number(-180, 180), 113.8266); }
json PointLat() { return WithExample(Number(-90, 90), 34.0276); }

}  // namespace

json OrgUnitListSchema() {
  return ClosedObject({{"items", ArrayOf(OrgUnitSchema())}, {"total", Integer()}}, {"items", "total"});
}

json OrgUnitDetailSchema() {
  return OrgUnitWith({{"geometry", AreaGeometryOrNull()}, {"children", ArrayOf(OrgUnitSchema())}});
}

json LocatedUnitsSchema() {
  return ClosedObject({{"lon", PointLon()},
                       {"lat", PointLat()},
                       {"grid", OrNull(OrgUnitSchema())},
                       {"community", OrNull(OrgUnitSchema())},
                       {"street", OrNull(OrgUnitSchema())}},
                      {"lon", "lat", "grid", "community", "street"});
}

json CommunitySchema() {
  return Named("RegistrationCommunity",
               Described(OrgUnitWith({{"street", OrNull(OrgUnitSchema())}}),
                         "A community and the sub-district (street) it belongs to."));
}

json GridImportResultSchema() {
  return ClosedObject(
      {{"grids", Described(Integer(), "Grids added or given a new boundary.")},
       {"grids_added", Integer()},
       {"boundaries_set", Described(Integer(), "Communities and sub-districts whose boundary was set.")}},
      {"grids", "grids_added", "boundaries_set"});
}

}  // namespace sanwang::api
