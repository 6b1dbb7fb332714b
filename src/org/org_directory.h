// The organization net in memory: every unit of a district, the tree, and the grid
// polygons indexed for point → grid lookup. Built once from the store (units change
// rarely: an import, an admin edit) and then read by routing and scope checks.
//
// Immutable after Load; safe for concurrent reads. Reload after the org net changes.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "geo/geometry.h"
#include "geo/polygon_index.h"
#include "store/org_repository.h"

namespace sanwang::org {

using store::Id;
using store::UnitRecord;

class OrgDirectory {
 public:
  static Result<OrgDirectory> Load(store::OrgRepository& repo, const std::string& district_code);

  const std::string& district_code() const { return district_code_; }
  const UnitRecord* Find(Id id) const;
  const UnitRecord* FindByCode(const std::string& code) const;
  const UnitRecord* Root() const;
  const UnitRecord* CommandCenter() const;
  std::vector<const UnitRecord*> OfKind(const std::string& kind) const;
  std::vector<const UnitRecord*> Children(Id id) const;

  // The nearest unit of `kind` at or above `id` (the community of a grid).
  const UnitRecord* AncestorOfKind(Id id, const std::string& kind) const;
  // Whether `unit` is `scope` or lies below it.
  bool InSubtree(Id scope, Id unit) const;
  // The grid whose polygon holds the point, if any.
  std::optional<Id> LocateGrid(geo::LonLat p) const;
  std::size_t size() const { return units_.size(); }

 private:
  std::string district_code_;
  std::map<Id, UnitRecord> units_;
  std::map<std::string, Id> by_code_;
  std::multimap<Id, Id> children_;
  std::shared_ptr<const geo::PolygonIndex> grid_index_;
};

}  // namespace sanwang::org
