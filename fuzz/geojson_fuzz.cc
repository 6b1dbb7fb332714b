// GeoJSON reading (geo/geojson.h): the FeatureCollection an area import sends and a single
// stored geometry, with the vertex limit the import uses.
#include <cstdint>

#include "fuzz_input.h"
#include "geo/geojson.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace sanwang;
  const std::string_view input = fuzz::AsText(data, size);
  (void)geo::ParsePolygonFeatures(input, 20000);
  (void)geo::ParseGeometry(input);
  return 0;
}
