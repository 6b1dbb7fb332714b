// Imported points as CSV: population points (homes) and facilities from the platform's
// registry or any other list. A bad row rejects the whole file, naming the line.
//
//   homes:      id,lon,lat[,weight]   (weight: people, default 1)
//   facilities: id,type,lon,lat[,name] (type as in config/facility-tags.csv)
//
// Coordinates are WGS-84 (as OSM; GCJ-02 from Chinese map apps must be converted first,
// geo/china_coordinates.h). Pure functions; the points come back not yet snapped.
#pragma once

#include <string_view>
#include <vector>

#include "circles/network_points.h"
#include "core/status.h"

namespace sanwang::circles {

Result<std::vector<Home>> ParseHomesCsv(std::string_view text);
Result<std::vector<Facility>> ParseFacilitiesCsv(std::string_view text);

}  // namespace sanwang::circles
