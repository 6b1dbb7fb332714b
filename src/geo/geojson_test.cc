#include "geo/geojson.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace sanwang::geo {
namespace {

using nlohmann::json;

constexpr const char* kSquare =
    "[[[113.80,34.00],[113.81,34.00],[113.81,34.01],[113.80,34.01],[113.80,34.00]]]";

std::string FeatureJson(const std::string& geometry, const std::string& properties = "{}") {
  return R"({"type":"Feature","properties":)" + properties + R"(,"geometry":)" + geometry + "}";
}

std::string PolygonJson(const std::string& coordinates) {
  return R"({"type":"Polygon","coordinates":)" + coordinates + "}";
}

std::string CollectionJson(const std::vector<std::string>& features) {
  std::string text = R"({"type":"FeatureCollection","features":[)";
  for (std::size_t i = 0; i < features.size(); ++i) text += (i > 0 ? "," : "") + features[i];
  return text + "]}";
}

Status ErrorOf(const std::string& text) {
  const auto result = ParsePolygonFeatures(text);
  EXPECT_FALSE(result.ok()) << text;
  return result.ok() ? Status::Ok() : result.status();
}

TEST(ParsePolygonFeaturesTest, ReadsPolygonsAndMultiPolygonsWithProperties) {
  const std::string multi = std::string(R"({"type":"MultiPolygon","coordinates":[)") + kSquare + "," +
                            "[[[113.82,34.00],[113.83,34.00],[113.83,34.01],[113.82,34.00]]]]}";
  const auto result = ParsePolygonFeatures(
      CollectionJson({FeatureJson(PolygonJson(kSquare), R"({"name":"东城网格1","code":"411002001001"})"),
                      FeatureJson(multi, "null")}));
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  ASSERT_EQ(result->size(), 2u);
  const PolygonFeature& first = (*result)[0];
  EXPECT_EQ(first.index, 0u);
  EXPECT_EQ(first.properties["name"], "东城网格1");
  ASSERT_EQ(first.geometry.size(), 1u);
  EXPECT_EQ(first.geometry[0].outer.size(), 5u);
  EXPECT_EQ(first.geometry[0].outer[1], (LonLat{113.81, 34.00}));
  const PolygonFeature& second = (*result)[1];
  EXPECT_EQ(second.index, 1u);
  EXPECT_EQ(second.properties, json::object());
  ASSERT_EQ(second.geometry.size(), 2u);
  EXPECT_EQ(second.geometry[1].outer.size(), 4u);
}

TEST(ParsePolygonFeaturesTest, ReadsALoneFeatureAndDropsAltitude) {
  const auto result =
      ParsePolygonFeatures(FeatureJson(PolygonJson("[[[0,0,50],[1,0,50],[1,1,51],[0,1,50],[0,0,50]],"
                                                   "[[0.2,0.2],[0.2,0.4],[0.4,0.4],[0.2,0.2]]]")));
  ASSERT_TRUE(result.ok()) << result.status().ToString();
  ASSERT_EQ(result->size(), 1u);
  EXPECT_EQ((*result)[0].geometry[0].outer[2], (LonLat{1, 1}));
  EXPECT_EQ((*result)[0].geometry[0].holes.size(), 1u);
}

TEST(ParsePolygonFeaturesTest, AnEmptyCollectionIsFine) {
  const auto result = ParsePolygonFeatures(R"({"type":"FeatureCollection","features":[]})");
  ASSERT_TRUE(result.ok());
  EXPECT_TRUE(result->empty());
}

TEST(ParsePolygonFeaturesTest, InvalidJsonSaysWhere) {
  const Status status = ErrorOf(R"({"type":"FeatureCollection",)");
  EXPECT_EQ(status.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(status.message().rfind("invalid JSON: parse error at line 1, column 29", 0), 0u)
      << status.message();
  EXPECT_EQ(ErrorOf("").message().rfind("invalid JSON", 0), 0u);
}

TEST(ParsePolygonFeaturesTest, RejectsWhatIsNotAFeatureCollection) {
  EXPECT_EQ(ErrorOf("[]").message(), "GeoJSON input is not a JSON object");
  EXPECT_EQ(ErrorOf(PolygonJson(kSquare)).message(),
            R"(GeoJSON type "Polygon" is not FeatureCollection or Feature)");
  const Status no_features = ErrorOf(R"({"type":"FeatureCollection","features":{}})");
  EXPECT_EQ(no_features.message(), R"(a FeatureCollection needs a "features" array)");
  EXPECT_EQ(no_features.field(), "features");
}

TEST(ParsePolygonFeaturesTest, NamesTheFeatureWithTheUnclosedRing) {
  const std::string good = FeatureJson(PolygonJson(kSquare));
  const std::string open = FeatureJson(PolygonJson("[[[0,0],[1,0],[1,1],[0,1],[0,0.5]]]"));
  const Status status = ErrorOf(CollectionJson({good, good, good, open, good}));
  EXPECT_EQ(status.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "feature 3: ring 0 of polygon 0 is not closed");
  EXPECT_EQ(status.field(), "features[3]");
}

TEST(ParsePolygonFeaturesTest, NamesThePolygonOfAMultiPolygon) {
  const std::string multi = std::string(R"({"type":"MultiPolygon","coordinates":[)") + kSquare +
                            ",[[[0,0],[1,1],[1,0],[0,1],[0,0]]]]}";
  EXPECT_EQ(ErrorOf(CollectionJson({FeatureJson(multi)})).message(),
            "feature 0: ring 0 of polygon 1 intersects itself");
}

TEST(ParsePolygonFeaturesTest, ValidatesCoordinates) {
  EXPECT_EQ(
      ErrorOf(FeatureJson(PolygonJson("[[[179,0],[200,0],[200,1],[179,1],[179,0]]]"))).message(),
      "feature 0: point 1 of ring 0 of polygon 0: 经度超出 [-180, 180] lon 200 is out of range [-180, 180]");
  EXPECT_EQ(ErrorOf(FeatureJson(PolygonJson("[[[0,0],[1,0],[1,1e999],[0,1],[0,0]]]"))).message(),
            "invalid JSON: number overflow parsing '1e999'");
}

TEST(ParsePolygonFeaturesTest, RejectsMalformedPositions) {
  EXPECT_EQ(ErrorOf(FeatureJson(PolygonJson("[[[0,0],[1],[1,1],[0,0]]]"))).message(),
            "feature 0: position 1 of ring 0 of polygon 0 is not [lon, lat] or [lon, lat, altitude]");
  EXPECT_EQ(ErrorOf(FeatureJson(PolygonJson(R"([[[0,0],[1,0],["1",1],[0,0]]])"))).message(),
            "feature 0: position 2 of ring 0 of polygon 0 is not [lon, lat] or [lon, lat, altitude]");
  EXPECT_EQ(ErrorOf(FeatureJson(PolygonJson("[[[0,0,0,0],[1,0],[1,1],[0,0]]]"))).message(),
            "feature 0: position 0 of ring 0 of polygon 0 is not [lon, lat] or [lon, lat, altitude]");
  EXPECT_EQ(ErrorOf(FeatureJson(PolygonJson("[7]"))).message(),
            "feature 0: ring 0 of polygon 0 is not an array of positions");
  EXPECT_EQ(ErrorOf(FeatureJson(PolygonJson("[]"))).message(), "feature 0: polygon 0 has no rings");
  EXPECT_EQ(ErrorOf(FeatureJson(R"({"type":"MultiPolygon","coordinates":[]})")).message(),
            "feature 0: the shape has no polygons");
}

TEST(ParsePolygonFeaturesTest, RejectsMalformedFeatures) {
  const std::string good = FeatureJson(PolygonJson(kSquare));
  auto second_error = [&](const std::string& bad) { return ErrorOf(CollectionJson({good, bad})).message(); };
  EXPECT_EQ(second_error("42"), "feature 1: not a JSON object");
  EXPECT_EQ(second_error(R"({"type":"Polygon","coordinates":[]})"), R"(feature 1: type is not "Feature")");
  EXPECT_EQ(second_error(FeatureJson("null")), "feature 1: no geometry");
  EXPECT_EQ(second_error(FeatureJson(R"({"type":"Point","coordinates":[113.8,34]})")),
            R"(feature 1: geometry type "Point" is not supported; expected Polygon or MultiPolygon)");
  EXPECT_EQ(second_error(FeatureJson(R"({"type":"Polygon"})")),
            R"(feature 1: geometry has no "coordinates" array)");
  EXPECT_EQ(second_error(FeatureJson(PolygonJson(kSquare), "[1]")),
            R"(feature 1: "properties" is not an object or null)");
  EXPECT_EQ(second_error(R"({"type":"Feature","geometry":)" + PolygonJson(kSquare) + "}"),
            R"(feature 1: no "properties" member (it may be null))");
}

Ring Rect(double west, double south, double east, double north) {
  return {{west, south}, {east, south}, {east, north}, {west, north}, {west, south}};
}

MultiPolygon Reparse(const MultiPolygon& shape) {
  const json feature = {
      {"type", "Feature"}, {"properties", {{"id", 1}}}, {"geometry", MultiPolygonToGeoJson(shape)}};
  auto result = ParsePolygonFeatures(feature.dump());
  EXPECT_TRUE(result.ok()) << result.status().ToString();
  return result.ok() ? std::move(result->front().geometry) : MultiPolygon{};
}

TEST(MultiPolygonToGeoJsonTest, OnePolygonIsAPolygon) {
  const MultiPolygon shape = {{Rect(0, 0, 4, 4), {Rect(1, 1, 2, 2)}}};
  const json geometry = MultiPolygonToGeoJson(shape);
  EXPECT_EQ(geometry["type"], "Polygon");
  EXPECT_EQ(geometry["coordinates"].size(), 2u);
  EXPECT_EQ(geometry["coordinates"][0][2], json::array({4.0, 4.0}));
  EXPECT_EQ(Reparse(shape), shape);
}

TEST(MultiPolygonToGeoJsonTest, SeveralPolygonsRoundTripExactly) {
  // Coordinates with all 17 significant digits, to catch any lossy printing.
  std::mt19937_64 random(20240611);
  std::uniform_real_distribution<double> jitter(0, 1e-3);
  MultiPolygon shape;
  for (int i = 0; i < 3; ++i) {
    const double west = 113.75 + 0.03 * i + jitter(random);
    const double south = 34.0 + jitter(random);
    shape.push_back({Rect(west, south, west + 0.02 + jitter(random), south + 0.02 + jitter(random)),
                     {Rect(west + 0.005, south + 0.005, west + 0.01, south + 0.01)}});
  }
  const json geometry = MultiPolygonToGeoJson(shape);
  EXPECT_EQ(geometry["type"], "MultiPolygon");
  EXPECT_EQ(geometry["coordinates"].size(), 3u);
  EXPECT_EQ(Reparse(shape), shape);
}

}  // namespace
}  // namespace sanwang::geo

namespace sanwang::geo {
namespace {

TEST(ParseGeometryTest, ReadsWhatMultiPolygonToGeoJsonWrites) {
  MultiPolygon square = {
      {{{113.8, 34.0}, {113.81, 34.0}, {113.81, 34.01}, {113.8, 34.01}, {113.8, 34.0}}, {}}};
  auto parsed = ParseGeometry(MultiPolygonToGeoJson(square).dump());
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(*parsed, square);
  EXPECT_FALSE(ParseGeometry(R"({"type":"Point","coordinates":[1,2]})").ok());
  EXPECT_FALSE(ParseGeometry(R"({"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]})").ok());
  EXPECT_FALSE(ParseGeometry("not json").ok());
}

}  // namespace
}  // namespace sanwang::geo
