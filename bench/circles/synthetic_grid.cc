#include "synthetic_grid.h"

#include <cmath>
#include <numbers>
#include <osmium/builder/attr.hpp>
#include <osmium/io/pbf_output.hpp>
#include <osmium/io/writer.hpp>
#include <osmium/memory/buffer.hpp>
#include <random>
#include <string>
#include <vector>

namespace sanwang::bench {
namespace {

using namespace osmium::builder::attr;  // NOLINT: the attribute DSL reads best unqualified

constexpr double kSpacingM = 50;
constexpr double kMetresPerDegree = 111195.08;
constexpr double kOriginLon = 113.5, kOriginLat = 33.5;
constexpr double kReferenceAreaKm2 = 161;  // Weidu District's bounding box

struct FacilityKind {
  const char* key;
  const char* value;
  int per_reference_area;
};

// Tags of config/facility-tags.csv, numbers of the reference district.
constexpr FacilityKind kFacilities[] = {{"social_facility", "nursing_home", 13},
                                        {"social_facility", "day_care", 79},
                                        {"amenity", "library", 10},
                                        {"amenity", "community_centre", 77},
                                        {"shop", "convenience", 100},
                                        {"amenity", "marketplace", 150},
                                        {"amenity", "hospital", 12},
                                        {"amenity", "clinic", 88},
                                        {"leisure", "fitness_station", 133},
                                        {"leisure", "playground", 20},
                                        {"leisure", "pitch", 20},
                                        {"amenity", "school", 8}};

class GridWriter {
 public:
  GridWriter(const std::filesystem::path& file, std::uint32_t nodes)
      : writer_(file.string(), osmium::io::Header{}, osmium::io::overwrite::allow),
        side_(static_cast<std::uint32_t>(std::lround(std::sqrt(nodes)))),
        dlat_(kSpacingM / kMetresPerDegree),
        dlon_(kSpacingM / (kMetresPerDegree * std::cos(kOriginLat * std::numbers::pi / 180))) {}

  GridSummary Write() {
    WriteGridNodes();
    WriteBuildingNodes();
    WriteFacilities();
    WriteStreets();
    WriteBuildings();
    Flush(true);
    writer_.close();
    return summary_;
  }

 private:
  std::int64_t GridId(std::uint32_t row, std::uint32_t col) const {
    return std::int64_t{row} * side_ + col + 1;
  }
  osmium::Location At(double row, double col) const {
    return {kOriginLon + col * dlon_, kOriginLat + row * dlat_};
  }
  bool HasBuilding(std::uint32_t row, std::uint32_t col) const {
    return row + 1 < side_ && col + 1 < side_ && (row + col) % 2 == 0;
  }
  // Building b's four corners get ids after the grid's.
  std::int64_t CornerId(std::uint64_t building, int corner) const {
    return std::int64_t{side_} * side_ + 1 + static_cast<std::int64_t>(building) * 4 + corner;
  }

  void WriteGridNodes() {
    for (std::uint32_t r = 0; r < side_; ++r) {
      for (std::uint32_t c = 0; c < side_; ++c)
        osmium::builder::add_node(buffer_, _id(GridId(r, c)), _version(1), _location(At(r, c)));
      Flush(false);
    }
    summary_.grid_nodes = std::uint64_t{side_} * side_;
  }

  void WriteBuildingNodes() {
    constexpr double kHalf = 10 / kSpacingM;  // 20 m square in the block's middle
    for (std::uint32_t r = 0; r < side_; ++r) {
      for (std::uint32_t c = 0; c < side_; ++c) {
        if (!HasBuilding(r, c)) continue;
        const double mr = r + 0.5, mc = c + 0.5;
        const double corners[4][2] = {{mr - kHalf, mc - kHalf},
                                      {mr - kHalf, mc + kHalf},
                                      {mr + kHalf, mc + kHalf},
                                      {mr + kHalf, mc - kHalf}};
        for (int k = 0; k < 4; ++k) {
          osmium::builder::add_node(buffer_, _id(CornerId(summary_.buildings, k)), _version(1),
                                    _location(At(corners[k][0], corners[k][1])));
        }
        ++summary_.buildings;
      }
      Flush(false);
    }
  }

  void WriteFacilities() {
    std::mt19937_64 rng(20260101);
    std::uniform_real_distribution<double> place(0, side_ - 1);
    const double area_km2 = std::pow((side_ - 1) * kSpacingM / 1000, 2);
    std::int64_t id = CornerId(summary_.buildings, 0);
    for (const FacilityKind& kind : kFacilities) {
      const auto count =
          static_cast<int>(std::lround(kind.per_reference_area * area_km2 / kReferenceAreaKm2));
      for (int i = 0; i < count; ++i) {
        osmium::builder::add_node(buffer_, _id(id++), _version(1), _location(At(place(rng), place(rng))),
                                  _tag(kind.key, kind.value));
        ++summary_.facilities;
      }
      Flush(false);
    }
  }

  void WriteStreets() {
    std::int64_t way = 1;
    std::vector<std::int64_t> refs(side_);
    for (int horizontal = 0; horizontal < 2; ++horizontal) {
      for (std::uint32_t i = 0; i < side_; ++i) {
        for (std::uint32_t j = 0; j < side_; ++j) refs[j] = horizontal ? GridId(i, j) : GridId(j, i);
        osmium::builder::add_way(buffer_, _id(way++), _version(1), _nodes(refs),
                                 _tag("highway", "residential"));
        Flush(false);
      }
    }
  }

  void WriteBuildings() {
    std::int64_t way = 2 * std::int64_t{side_} + 1;
    for (std::uint64_t b = 0; b < summary_.buildings; ++b) {
      const std::vector<std::int64_t> ring = {CornerId(b, 0), CornerId(b, 1), CornerId(b, 2), CornerId(b, 3),
                                              CornerId(b, 0)};
      osmium::builder::add_way(buffer_, _id(way++), _version(1), _nodes(ring), _tag("building", "apartments"),
                               _tag("building:levels", "6"));
      if (b % 10000 == 0) Flush(false);
    }
  }

  void Flush(bool always) {
    if (!always && buffer_.committed() < (16u << 20)) return;
    writer_(std::move(buffer_));
    buffer_ = osmium::memory::Buffer(1u << 20, osmium::memory::Buffer::auto_grow::yes);
  }

  osmium::io::Writer writer_;
  osmium::memory::Buffer buffer_{1u << 20, osmium::memory::Buffer::auto_grow::yes};
  std::uint32_t side_;
  double dlat_;
  double dlon_;
  GridSummary summary_;
};

}  // namespace

GridSummary WriteSyntheticGrid(const std::filesystem::path& file, std::uint32_t nodes) {
  return GridWriter(file, nodes).Write();
}

}  // namespace sanwang::bench
