#include "circles/buildings.h"

#include <cmath>
#include <cstdlib>
#include <numbers>

namespace sanwang::circles {
namespace {

constexpr double kMetresPerDegree = geo::kEarthRadiusMeters * std::numbers::pi / 180.0;

geo::LonLat MeanOf(const std::vector<geo::LonLat>& ring) {
  geo::LonLat sum;
  for (const geo::LonLat& p : ring) sum = {sum.lon + p.lon, sum.lat + p.lat};
  const double n = ring.empty() ? 1.0 : static_cast<double>(ring.size());
  return {sum.lon / n, sum.lat / n};
}

}  // namespace

Footprint FootprintOf(const std::vector<geo::LonLat>& ring) {
  if (ring.size() < 4) return {MeanOf(ring), 0};
  const geo::LonLat origin = ring.front();
  const double kx = std::cos(origin.lat * std::numbers::pi / 180.0) * kMetresPerDegree;
  double twice_area = 0, cx = 0, cy = 0;
  for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
    const double x0 = (ring[i].lon - origin.lon) * kx, y0 = (ring[i].lat - origin.lat) * kMetresPerDegree;
    const double x1 = (ring[i + 1].lon - origin.lon) * kx,
                 y1 = (ring[i + 1].lat - origin.lat) * kMetresPerDegree;
    const double cross = x0 * y1 - x1 * y0;
    twice_area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (std::abs(twice_area) < 1e-9) return {MeanOf(ring), 0};
  return {{origin.lon + cx / (3 * twice_area) / kx, origin.lat + cy / (3 * twice_area) / kMetresPerDegree},
          std::abs(twice_area) / 2};
}

std::optional<double> ParseLevels(const char* value) {
  if (value == nullptr) return std::nullopt;
  char* end = nullptr;
  const double levels = std::strtod(value, &end);
  if (end == value || !std::isfinite(levels) || levels <= 0 || levels > 200) return std::nullopt;
  return levels;
}

double BuildingWeight(const Footprint& footprint, std::optional<double> levels,
                      const HomeSettings& settings) {
  if (settings.weight == "one") return 1;
  return levels.value_or(settings.default_levels) * footprint.area_m2 / settings.floor_area_per_person_m2;
}

}  // namespace sanwang::circles
