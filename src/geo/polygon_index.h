// Point location among many areas: which grid contains this point? Case routing asks it
// for every located report (docs/architecture.md §4), so it must be fast at hundreds of thousands of
// grids.
//
// PolygonIndex keeps an R-tree of the shapes' bounding boxes and tests the few candidates
// exactly; LinearPolygonScan tests every shape in turn and exists as the obviously correct
// reference for tests and the benchmark baseline. Both answer identically: the id of a
// shape that contains the point (its boundary included); where shapes overlap, the
// smallest such id, so the answer never depends on build order.
//
// Shapes should satisfy ValidateMultiPolygon; an empty shape contains no point. Both
// classes are immutable once built, so any number of threads may call Locate at once
// without locking. A moved-from PolygonIndex may only be assigned to or destroyed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "geo/geometry.h"

namespace sanwang::geo {

using IdentifiedShape = std::pair<std::int64_t, MultiPolygon>;

class PolygonIndex {
 public:
  explicit PolygonIndex(std::vector<IdentifiedShape> shapes);
  ~PolygonIndex();
  PolygonIndex(PolygonIndex&&) noexcept;
  PolygonIndex& operator=(PolygonIndex&&) noexcept;
  PolygonIndex(const PolygonIndex&) = delete;
  PolygonIndex& operator=(const PolygonIndex&) = delete;

  std::optional<std::int64_t> Locate(LonLat p) const;
  std::size_t size() const;

 private:
  struct Impl;  // keeps Boost.Geometry out of this header
  std::unique_ptr<const Impl> impl_;
};

class LinearPolygonScan {
 public:
  explicit LinearPolygonScan(std::vector<IdentifiedShape> shapes);

  std::optional<std::int64_t> Locate(LonLat p) const;
  std::size_t size() const { return shapes_.size(); }

 private:
  std::vector<IdentifiedShape> shapes_;  // sorted by id, so the first hit is the smallest
};

}  // namespace sanwang::geo
