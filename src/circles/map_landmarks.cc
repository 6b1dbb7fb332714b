#include "circles/map_landmarks.h"

#include <set>

#include "geo/geojson.h"
#include "org/map_view.h"

namespace sanwang::circles {
namespace {

// The middle of the unit's own boundary, else of the box of the units below it.
std::optional<geo::LonLat> LabelPoint(const org::OrgDirectory& org, const store::UnitRecord& unit) {
  if (!unit.geometry.empty()) {
    auto shape = geo::ParseGeometry(unit.geometry);
    if (shape.ok() && !shape->empty()) return geo::Centroid(*shape);
  }
  const std::optional<geo::Box> box = org::UnitBox(org, unit);
  if (!box) return std::nullopt;
  return geo::LonLat{(box->min.lon + box->max.lon) / 2, (box->min.lat + box->max.lat) / 2};
}

}  // namespace

bool FacilitiesShownAtZoom(int zoom) { return zoom >= kFacilityLandmarkMinZoom; }

bool InBox(const geo::Box& box, geo::LonLat p) {
  return p.lon >= box.min.lon && p.lon <= box.max.lon && p.lat >= box.min.lat && p.lat <= box.max.lat;
}

std::vector<Landmark> UnitLandmarks(const org::OrgDirectory& org, const geo::Box& box) {
  std::vector<Landmark> out;
  for (const char* kind : {"street", "community"}) {
    for (const store::UnitRecord* u : org.OfKind(kind)) {
      if (auto at = LabelPoint(org, *u); at && InBox(box, *at))
        out.push_back({kind, u->code, u->name, "", *at});
    }
  }
  return out;
}

std::vector<Landmark> FacilityLandmarks(const std::vector<Facility>& facilities, const geo::Box& box) {
  std::vector<Landmark> out;
  std::set<std::string, std::less<>> seen;
  for (const Facility& f : facilities) {
    if (!InBox(box, f.where) || !seen.insert(f.id).second) continue;
    out.push_back({"facility", f.id, f.name, f.type, f.where});
  }
  return out;
}

}  // namespace sanwang::circles
