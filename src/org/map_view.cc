#include "org/map_view.h"

#include <algorithm>
#include <cmath>

#include "geo/geojson.h"

namespace sanwang::org {
namespace {

constexpr double kMapPixels = 1000;
constexpr int kMaxZoom = 18;

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
  MapView v;
  v.center_lon = (box.min.lon + box.max.lon) / 2;
  v.center_lat = (box.min.lat + box.max.lat) / 2;
  v.zoom = ZoomToFit(box.max.lon - box.min.lon, box.max.lat - box.min.lat, kMapPixels);
  return v;
}

}  // namespace sanwang::org
