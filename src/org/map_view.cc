#include "org/map_view.h"

#include <algorithm>
#include <cmath>

#include "geo/geojson.h"

namespace sanwang::org {
namespace {

constexpr double kMapPixels = 1000;
constexpr int kMaxZoom = 18;
constexpr double kUnitMapPixels = 600;
// A unit's own view never zooms closer than this: a tiny grid still shows its neighbours.
constexpr int kMaxUnitZoom = 17;

MapView ViewOf(const geo::Box& box, double pixels) {
  MapView v;
  v.center_lon = (box.min.lon + box.max.lon) / 2;
  v.center_lat = (box.min.lat + box.max.lat) / 2;
  v.zoom = ZoomToFit(box.max.lon - box.min.lon, box.max.lat - box.min.lat, pixels);
  return v;
}

}  // namespace

int ZoomToFit(double lon_degrees, double lat_degrees, double pixels) {
  // At zoom z the world's 360° of longitude span 256·2^z pixels; latitude is close enough
  // to the same scale over one district.
  double span = std::max({lon_degrees, lat_degrees, 1e-6});
  int zoom = static_cast<int>(std::floor(std::log2(pixels * 360.0 / (256.0 * span))));
  return std::clamp(zoom, 0, kMaxZoom);
}

std::optional<MapView> DistrictView(const OrgDirectory& org) {
  geo::Box box{{INFINITY, INFINITY}, {-INFINITY, -INFINITY}};
  for (const char* kind : {"district", "street", "community", "grid"}) {
    for (const auto* u : org.OfKind(kind)) {
      if (u->geometry.empty()) continue;
      auto shape = geo::ParseGeometry(u->geometry);
      if (!shape.ok()) continue;
      geo::Box b = geo::BoundingBox(*shape);
      box.min = {std::min(box.min.lon, b.min.lon), std::min(box.min.lat, b.min.lat)};
      box.max = {std::max(box.max.lon, b.max.lon), std::max(box.max.lat, b.max.lat)};
    }
  }
  if (!(box.min.lon <= box.max.lon)) return std::nullopt;
  return ViewOf(box, kMapPixels);
}

std::optional<geo::Box> UnitBox(const OrgDirectory& org, const UnitRecord& unit) {
  if (!unit.geometry.empty()) {
    auto shape = geo::ParseGeometry(unit.geometry);
    if (shape.ok() && !shape->empty()) return geo::BoundingBox(*shape);
  }
  std::optional<geo::Box> box;
  for (const UnitRecord* child : org.Children(unit.id)) {
    const std::optional<geo::Box> b = UnitBox(org, *child);
    if (!b) continue;
    if (!box) box = *b;
    box->min = {std::min(box->min.lon, b->min.lon), std::min(box->min.lat, b->min.lat)};
    box->max = {std::max(box->max.lon, b->max.lon), std::max(box->max.lat, b->max.lat)};
  }
  return box;
}

std::optional<MapView> UnitView(const OrgDirectory& org, const UnitRecord& unit) {
  const std::optional<geo::Box> box = UnitBox(org, unit);
  if (!box) return std::nullopt;
  MapView v = ViewOf(*box, kUnitMapPixels);
  v.zoom = std::min(v.zoom, kMaxUnitZoom);
  return v;
}

std::optional<StartView> StartViewFor(const OrgDirectory& org, std::optional<Id> unit_id) {
  const UnitRecord* unit = unit_id ? org.Find(*unit_id) : nullptr;
  if (unit != nullptr && unit->kind != "district") {
    if (auto view = UnitView(org, *unit)) return StartView{*view, unit};
  }
  if (auto view = DistrictView(org)) return StartView{*view, nullptr};
  return std::nullopt;
}

}  // namespace sanwang::org
