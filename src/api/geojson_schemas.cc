#include "api/geojson_schemas.h"

#include "api/openapi_schema.h"

namespace sanwang::api::schema {
namespace {

json Position() {
  json p = ArrayOf(Number());
  p["minItems"] = 2;
  p["maxItems"] = 3;
  p["description"] = "[lon, lat] in WGS-84.";
  return p;
}

json AtLeast(json array, int n) {
  array["minItems"] = n;
  return array;
}

json Geometry(const std::string& type, json coordinates) {
  return ClosedObject({{"type", Enum({type})}, {"coordinates", std::move(coordinates)}},
                      {"type", "coordinates"});
}

json Polygon() { return Geometry("Polygon", ArrayOf(AtLeast(ArrayOf(Position()), 4))); }

json MultiPolygon() { return Geometry("MultiPolygon", ArrayOf(ArrayOf(AtLeast(ArrayOf(Position()), 4)))); }

std::vector<std::string> Keys(const json& object) {
  std::vector<std::string> keys;
  for (const auto& [key, value] : object.items()) keys.push_back(key);
  return keys;
}

}  // namespace

json PointGeometry() { return Named("PointGeometry", Geometry("Point", Position())); }

json LineStringGeometry() {
  return Named("LineStringGeometry", Geometry("LineString", AtLeast(ArrayOf(Position()), 2)));
}

json AreaGeometry() { return Named("AreaGeometry", json{{"oneOf", {Polygon(), MultiPolygon()}}}); }

json AreaGeometryOrNull() { return OrNull(AreaGeometry()); }

json FeatureOf(json geometry, json properties) {
  return ClosedObject(
      {{"type", Enum({"Feature"})}, {"geometry", std::move(geometry)}, {"properties", std::move(properties)}},
      {"type", "geometry", "properties"});
}

json FeatureCollectionOf(json feature, json members) {
  std::vector<std::string> required = Keys(members);
  required.push_back("type");
  required.push_back("features");
  members["type"] = Enum({"FeatureCollection"});
  members["features"] = ArrayOf(std::move(feature));
  return ClosedObject(std::move(members), required);
}

}  // namespace sanwang::api::schema
