// The labelled points of the residents' maps, so that a map with no tiles still shows
// places people know: the offices of the sub-districts and communities (at the middle of
// their boundary, where no seat is mapped) and the facilities of the circles' data.
//
// Which landmarks a zoom level shows is a rule of this file: sub-districts and
// communities always, facilities once blocks fill the screen. Pure functions over
// immutable inputs: safe from any thread.
#pragma once

#include <string>
#include <vector>

#include "circles/network_points.h"
#include "geo/geometry.h"
#include "org/org_directory.h"

namespace sanwang::circles {

struct Landmark {
  std::string kind;  // "street" (sub-district office), "community" or "facility"
  std::string id;    // a unit's code or a facility's id
  std::string name;
  std::string type;  // the facility type; empty for units
  geo::LonLat where;
};

inline constexpr int kFacilityLandmarkMinZoom = 15;
inline constexpr std::size_t kMaxLandmarks = 800;

bool FacilitiesShownAtZoom(int zoom);

// The sub-districts and communities whose label point lies in the box.
std::vector<Landmark> UnitLandmarks(const org::OrgDirectory& org, const geo::Box& box);

// The facilities in the box, one landmark per place (a facility of two types once).
std::vector<Landmark> FacilityLandmarks(const std::vector<Facility>& facilities, const geo::Box& box);

bool InBox(const geo::Box& box, geo::LonLat p);

}  // namespace sanwang::circles
