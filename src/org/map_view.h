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

// The zoom at which `degrees` of longitude (and `lat_degrees` of latitude) fill `pixels`.
int ZoomToFit(double lon_degrees, double lat_degrees, double pixels);

}  // namespace sanwang::org
