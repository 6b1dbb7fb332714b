#include "geo/geojson.h"

#include <optional>
#include <string>
#include <utility>

#include "core/text.h"

namespace sanwang::geo {
namespace {

using nlohmann::json;

std::string Index(std::size_t i) { return std::to_string(i); }

// nlohmann prefixes its messages with an id ("[json.exception.parse_error.101] ") that
// means nothing to someone fixing their file.
std::string WithoutExceptionId(const std::string& what) {
  const std::size_t end = what.find("] ");
  return end == std::string::npos ? what : what.substr(end + 2);
}

// Parsing is the only place exceptions are thrown; they stop here. Besides syntax errors
// nlohmann throws out_of_range for numbers beyond double, such as 1e999.
Result<json> ParseJson(std::string_view text) {
  // RFC 7946 asks for UTF-8; a file in another encoding would store its names as mojibake.
  if (!IsValidUtf8(text)) {
    return InvalidArgument(
        "GeoJSON 文件不是有效的 UTF-8 文本，请另存为 UTF-8 the GeoJSON file is not valid UTF-8; save it as "
        "UTF-8");
  }
  try {
    return json::parse(text.begin(), text.end());
  } catch (const json::exception& e) {
    return InvalidArgument("invalid JSON: " + WithoutExceptionId(e.what()));
  }
}

// The "type" member, or "" when it is missing or not a string.
std::string TypeOf(const json& object) {
  const auto type = object.find("type");
  return type != object.end() && type->is_string() ? type->get<std::string>() : std::string();
}

std::optional<LonLat> ParsePosition(const json& position) {
  if (!position.is_array() || position.size() < 2 || position.size() > 3) return std::nullopt;
  for (const json& number : position) {
    if (!number.is_number()) return std::nullopt;
  }
  return LonLat{position[0].get<double>(), position[1].get<double>()};
}

Result<Ring> ParseRing(const json& positions, std::size_t ring, std::size_t polygon) {
  const std::string name = "ring " + Index(ring) + " of polygon " + Index(polygon);
  if (!positions.is_array()) return InvalidArgument(name + " is not an array of positions");
  Ring result;
  result.reserve(positions.size());
  for (std::size_t k = 0; k < positions.size(); ++k) {
    const std::optional<LonLat> point = ParsePosition(positions[k]);
    if (!point) {
      return InvalidArgument("position " + Index(k) + " of " + name +
                             " is not [lon, lat] or [lon, lat, altitude]");
    }
    result.push_back(*point);
  }
  return result;
}

Result<Polygon> ParsePolygon(const json& rings, std::size_t polygon) {
  const std::string name = "polygon " + Index(polygon);
  if (!rings.is_array()) return InvalidArgument(name + " is not an array of rings");
  if (rings.empty()) return InvalidArgument(name + " has no rings");
  Polygon result;
  SW_ASSIGN_OR_RETURN(result.outer, ParseRing(rings[0], 0, polygon));
  for (std::size_t r = 1; r < rings.size(); ++r) {
    SW_ASSIGN_OR_RETURN(Ring hole, ParseRing(rings[r], r, polygon));
    result.holes.push_back(std::move(hole));
  }
  return result;
}

Result<MultiPolygon> ParsePolygons(const json& polygons) {
  MultiPolygon result;
  result.reserve(polygons.size());
  for (std::size_t i = 0; i < polygons.size(); ++i) {
    SW_ASSIGN_OR_RETURN(Polygon polygon, ParsePolygon(polygons[i], i));
    result.push_back(std::move(polygon));
  }
  return result;
}

Result<MultiPolygon> ParseGeometryObject(const json& geometry) {
  if (!geometry.is_object()) return InvalidArgument("geometry is not a JSON object");
  const std::string type = TypeOf(geometry);
  if (type != "Polygon" && type != "MultiPolygon") {
    return InvalidArgument("geometry type \"" + type +
                           "\" is not supported; expected Polygon or MultiPolygon");
  }
  const auto coordinates = geometry.find("coordinates");
  if (coordinates == geometry.end() || !coordinates->is_array()) {
    return InvalidArgument("geometry has no \"coordinates\" array");
  }
  // A Polygon's coordinates are those of a MultiPolygon with one member.
  return ParsePolygons(type == "Polygon" ? json::array({*coordinates}) : *coordinates);
}

Result<json> ParseProperties(const json& feature) {
  const auto properties = feature.find("properties");
  if (properties == feature.end()) {
    return InvalidArgument("no \"properties\" member (it may be null)");
  }
  if (properties->is_null()) return json::object();
  if (!properties->is_object()) return InvalidArgument("\"properties\" is not an object or null");
  return *properties;
}

std::size_t VertexCount(const MultiPolygon& shape) {
  std::size_t n = 0;
  for (const Polygon& polygon : shape) {
    n += polygon.outer.size();
    for (const Ring& hole : polygon.holes) n += hole.size();
  }
  return n;
}

Result<PolygonFeature> ParseFeature(const json& feature, std::size_t max_vertices) {
  if (!feature.is_object()) return InvalidArgument("not a JSON object");
  if (TypeOf(feature) != "Feature") return InvalidArgument("type is not \"Feature\"");
  SW_ASSIGN_OR_RETURN(json properties, ParseProperties(feature));
  const auto geometry = feature.find("geometry");
  if (geometry == feature.end() || geometry->is_null()) return InvalidArgument("no geometry");
  SW_ASSIGN_OR_RETURN(MultiPolygon shape, ParseGeometryObject(*geometry));
  // Before validation, whose cost grows with the vertices.
  if (const std::size_t n = VertexCount(shape); n > max_vertices) {
    return InvalidArgument("多边形顶点过多 too many vertices: " + Index(n) + ", at most " +
                           Index(max_vertices) + " per feature");
  }
  SW_RETURN_IF_ERROR(ValidateMultiPolygon(shape));
  return PolygonFeature{0, std::move(properties), std::move(shape)};
}

Result<PolygonFeature> ParseIndexedFeature(const json& feature, std::size_t index, std::size_t max_vertices) {
  Result<PolygonFeature> result = ParseFeature(feature, max_vertices);
  if (!result.ok()) {
    return InvalidArgument("feature " + Index(index) + ": " + result.status().message(),
                           "features[" + Index(index) + "]");
  }
  result->index = index;
  return result;
}

Result<std::vector<PolygonFeature>> ParseFeatureArray(const json& features, std::size_t max_vertices) {
  std::vector<PolygonFeature> result;
  result.reserve(features.size());
  for (std::size_t i = 0; i < features.size(); ++i) {
    SW_ASSIGN_OR_RETURN(PolygonFeature feature, ParseIndexedFeature(features[i], i, max_vertices));
    result.push_back(std::move(feature));
  }
  return result;
}

json RingToJson(const Ring& ring) {
  json positions = json::array();
  for (const LonLat& p : ring) positions.push_back(json::array({p.lon, p.lat}));
  return positions;
}

json PolygonToJson(const Polygon& polygon) {
  json rings = json::array({RingToJson(polygon.outer)});
  for (const Ring& hole : polygon.holes) rings.push_back(RingToJson(hole));
  return rings;
}

}  // namespace

Result<std::vector<PolygonFeature>> ParsePolygonFeatures(std::string_view text, std::size_t max_vertices) {
  SW_ASSIGN_OR_RETURN(const json root, ParseJson(text));
  if (!root.is_object()) return InvalidArgument("GeoJSON input is not a JSON object");
  const std::string type = TypeOf(root);
  // A lone Feature is read as a collection of one, so callers handle a single case.
  if (type == "Feature") return ParseFeatureArray(json::array({root}), max_vertices);
  if (type != "FeatureCollection") {
    return InvalidArgument("GeoJSON type \"" + type + "\" is not FeatureCollection or Feature", "type");
  }
  const auto features = root.find("features");
  if (features == root.end() || !features->is_array()) {
    return InvalidArgument("a FeatureCollection needs a \"features\" array", "features");
  }
  return ParseFeatureArray(*features, max_vertices);
}

Result<MultiPolygon> ParseGeometry(std::string_view text) {
  SW_ASSIGN_OR_RETURN(const json root, ParseJson(text));
  SW_ASSIGN_OR_RETURN(MultiPolygon shape, ParseGeometryObject(root));
  SW_RETURN_IF_ERROR(ValidateMultiPolygon(shape));
  return shape;
}

json MultiPolygonToGeoJson(const MultiPolygon& shape) {
  if (shape.size() == 1) {
    return {{"type", "Polygon"}, {"coordinates", PolygonToJson(shape.front())}};
  }
  json polygons = json::array();
  for (const Polygon& polygon : shape) polygons.push_back(PolygonToJson(polygon));
  return {{"type", "MultiPolygon"}, {"coordinates", polygons}};
}

}  // namespace sanwang::geo
