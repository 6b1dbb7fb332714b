#include "geo/polygon_index.h"

#include <algorithm>
#include <limits>

// The R-tree header leaves the predicates it dispatches to for the caller to include.
#include <boost/geometry/algorithms/intersects.hpp>
#include <boost/geometry/core/cs.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/geometries/point.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/iterator/function_output_iterator.hpp>

namespace sanwang::geo {
namespace {

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

using BoostPoint = bg::model::point<double, 2, bg::cs::cartesian>;
using BoostBox = bg::model::box<BoostPoint>;
// A shape's bounding box and its position in the id-sorted shape list.
using BoxEntry = std::pair<BoostBox, std::size_t>;

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

std::vector<IdentifiedShape> SortedById(std::vector<IdentifiedShape> shapes) {
  std::stable_sort(shapes.begin(), shapes.end(),
                   [](const IdentifiedShape& a, const IdentifiedShape& b) { return a.first < b.first; });
  return shapes;
}

// Empty shapes are left out: their box is inverted and they contain nothing anyway.
std::vector<BoxEntry> BoxEntries(const std::vector<IdentifiedShape>& shapes) {
  std::vector<BoxEntry> entries;
  entries.reserve(shapes.size());
  for (std::size_t i = 0; i < shapes.size(); ++i) {
    if (shapes[i].second.empty()) continue;
    const Box box = BoundingBox(shapes[i].second);
    entries.emplace_back(BoostBox({box.min.lon, box.min.lat}, {box.max.lon, box.max.lat}), i);
  }
  return entries;
}

}  // namespace

struct PolygonIndex::Impl {
  explicit Impl(std::vector<IdentifiedShape> sorted) : shapes(std::move(sorted)), tree(BoxEntries(shapes)) {}

  std::vector<IdentifiedShape> shapes;  // sorted by id
  // Bulk-loaded from the whole range, which packs the nodes better than inserting one by
  // one; never modified afterwards.
  bgi::rtree<BoxEntry, bgi::rstar<16>> tree;
};

PolygonIndex::PolygonIndex(std::vector<IdentifiedShape> shapes)
    : impl_(std::make_unique<const Impl>(SortedById(std::move(shapes)))) {}

PolygonIndex::~PolygonIndex() = default;
PolygonIndex::PolygonIndex(PolygonIndex&&) noexcept = default;
PolygonIndex& PolygonIndex::operator=(PolygonIndex&&) noexcept = default;

std::optional<std::int64_t> PolygonIndex::Locate(LonLat p) const {
  // Positions follow ids, so the smallest containing position gives the smallest id; a
  // candidate that cannot beat the best so far skips the exact test.
  std::size_t best = kNone;
  auto keep_smallest = [&](const BoxEntry& candidate) {
    if (candidate.second < best && ContainsPoint(impl_->shapes[candidate.second].second, p)) {
      best = candidate.second;
    }
  };
  impl_->tree.query(bgi::intersects(BoostPoint(p.lon, p.lat)),
                    boost::make_function_output_iterator(keep_smallest));
  if (best == kNone) return std::nullopt;
  return impl_->shapes[best].first;
}

std::size_t PolygonIndex::size() const { return impl_->shapes.size(); }

LinearPolygonScan::LinearPolygonScan(std::vector<IdentifiedShape> shapes)
    : shapes_(SortedById(std::move(shapes))) {}

std::optional<std::int64_t> LinearPolygonScan::Locate(LonLat p) const {
  for (const auto& [id, shape] : shapes_) {
    if (ContainsPoint(shape, p)) return id;
  }
  return std::nullopt;
}

}  // namespace sanwang::geo
