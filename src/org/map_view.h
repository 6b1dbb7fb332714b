// Where a map of the district opens: the centre of the box around every boundary the
// district has, and a web-map zoom level (0 = the whole world in 256 px) at which that
// box fits a map about 1000 px wide. A district without boundaries yet has no view.
// Pure function over the OrgDirectory.
#pragma once

#include <optional>

#include "org/org_directory.h"

namespace sanwang::org {

struct MapView {
  double center_lat = 0;
  double center_lon = 0;
  int zoom = 0;
};

std::optional<MapView> DistrictView(const OrgDirectory& org);

// The box of a unit on the map: its own boundary's, else the box around the boundaries of
// the units below it (a community drawn only through its grids); none when neither exists.
std::optional<geo::Box> UnitBox(const OrgDirectory& org, const UnitRecord& unit);

// The view of one unit's box (a community: the streets of its blocks readable), if it has
// one; the zoom is for a map about 600 px wide, a phone's map box.
std::optional<MapView> UnitView(const OrgDirectory& org, const UnitRecord& unit);

// Where a signed-in person's map opens when the device's location is not given: their own
// unit (a resident's community, a staff member's scope) when it has a boundary, else the
// district. Says which it chose.
struct StartView {
  MapView view;
  const UnitRecord* unit = nullptr;  // null: the district
};
std::optional<StartView> StartViewFor(const OrgDirectory& org, std::optional<Id> unit_id);

// The zoom at which `degrees` of longitude (and `lat_degrees` of latitude) fill `pixels`.
int ZoomToFit(double lon_degrees, double lat_degrees, double pixels);

}  // namespace sanwang::org
