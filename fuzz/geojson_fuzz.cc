// GeoJSON reading (geo/geojson.h): the FeatureCollection an area import sends and a single
// stored geometry, with the vertex limit the import uses. A geometry that reads is written
// and read again to the same coordinates, as the header promises.
#include <cstdint>
#include <cstdlib>

#include "fuzz_input.h"
#include "geo/geojson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace sanwang;
  const std::string_view input = fuzz::AsText(data, size);
  (void)geo::ParsePolygonFeatures(input, 20000);
  auto shape = geo::ParseGeometry(input);
  if (!shape.ok()) return 0;
  const std::string written = geo::MultiPolygonToGeoJson(*shape).dump();
  auto again = geo::ParseGeometry(written);
  if (!again.ok() || geo::MultiPolygonToGeoJson(*again).dump() != written) std::abort();
  return 0;
}
