// GeoJSON (RFC 7946) in the OpenAPI document: the geometries and feature collections the
// map, circles and org routes answer, positions as [lon, lat] in WGS-84 like the server
// writes them. A route gives the properties of its features; the rest is said once here.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace sanwang::api::schema {

using nlohmann::json;

json PointGeometry();
json LineStringGeometry();
// A unit's outline: a Polygon or a MultiPolygon (imported grids may have parts).
json AreaGeometry();
// The same or null, for a unit whose outline is not known.
json AreaGeometryOrNull();
// {"type": "Feature", "geometry": …, "properties": …}.
json FeatureOf(json geometry, json properties);
// {"type": "FeatureCollection", "features": [feature, …]} and the route's own members
// beside them (e.g. "truncated"), all required.
json FeatureCollectionOf(json feature, json members = json::object());

}  // namespace sanwang::api::schema
