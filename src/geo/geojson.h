// GeoJSON (RFC 7946) reading and writing for areas: the import of grids and communities,
// the map layers and exports.
//
// Reading is strict, since an imported boundary decides where cases are routed: one
// malformed feature rejects the whole input, with an InvalidArgument naming the feature
// ("feature 3: ring 0 of polygon 0 is not closed", field "features[3]"). Every geometry
// is checked with ValidateMultiPolygon. Writing then reading gives back the same shape,
// coordinate for coordinate.
//
// Pure functions on strings and values; safe to call from any number of threads at once.
#pragma once

#include <cstddef>
#include <limits>
#include <nlohmann/json.hpp>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "geo/geometry.h"

namespace sanwang::geo {

struct PolygonFeature {
  std::size_t index = 0;  // position in the input's "features" array (0 for a lone Feature)
  nlohmann::json properties = nlohmann::json::object();  // a JSON null becomes {}
  MultiPolygon geometry;
};

// Accepts a FeatureCollection, or a single Feature, whose geometries are Polygon or
// MultiPolygon. Every feature needs "properties" (an object or null) and a geometry;
// positions are [lon, lat] or [lon, lat, altitude] (the altitude is dropped). A feature
// with more than `max_vertices` positions (all rings) is refused before it is validated.
Result<std::vector<PolygonFeature>> ParsePolygonFeatures(
    std::string_view text, std::size_t max_vertices = std::numeric_limits<std::size_t>::max());

// One GeoJSON geometry object (Polygon or MultiPolygon), validated; as stored with a unit.
Result<MultiPolygon> ParseGeometry(std::string_view text);

// A GeoJSON geometry object: a Polygon for one polygon, otherwise a MultiPolygon.
nlohmann::json MultiPolygonToGeoJson(const MultiPolygon& shape);

}  // namespace sanwang::geo
