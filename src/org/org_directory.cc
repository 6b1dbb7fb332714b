#include "org/org_directory.h"

#include "geo/geojson.h"

namespace sanwang::org {

Result<OrgDirectory> OrgDirectory::Load(store::OrgRepository& repo, const std::string& district_code) {
  SW_ASSIGN_OR_RETURN(auto units, repo.All(district_code));
  OrgDirectory dir;
  dir.district_code_ = district_code;
  std::vector<geo::IdentifiedShape> grids;
  for (auto& u : units) {
    if (u.kind == "grid" && !u.geometry.empty()) {
      SW_ASSIGN_OR_RETURN(geo::MultiPolygon shape, geo::ParseGeometry(u.geometry));
      grids.push_back({u.id, std::move(shape)});
    }
    if (u.parent_id) dir.children_.emplace(*u.parent_id, u.id);
    dir.by_code_[u.code] = u.id;
    dir.units_.emplace(u.id, std::move(u));
  }
  dir.grid_index_ = std::make_shared<const geo::PolygonIndex>(std::move(grids));
  return dir;
}

const UnitRecord* OrgDirectory::Find(Id id) const {
  auto it = units_.find(id);
  return it == units_.end() ? nullptr : &it->second;
}

const UnitRecord* OrgDirectory::FindByCode(const std::string& code) const {
  auto it = by_code_.find(code);
  return it == by_code_.end() ? nullptr : Find(it->second);
}

const UnitRecord* OrgDirectory::Root() const {
  for (const auto& [id, u] : units_) {
    if (!u.parent_id) return &u;
  }
  return nullptr;
}

const UnitRecord* OrgDirectory::CommandCenter() const {
  auto centers = OfKind("command_center");
  return centers.empty() ? nullptr : centers.front();
}

std::vector<const UnitRecord*> OrgDirectory::OfKind(const std::string& kind) const {
  std::vector<const UnitRecord*> out;
  for (const auto& [id, u] : units_) {
    if (u.kind == kind) out.push_back(&u);
  }
  return out;
}

std::vector<const UnitRecord*> OrgDirectory::Children(Id id) const {
  std::vector<const UnitRecord*> out;
  auto [first, last] = children_.equal_range(id);
  for (auto it = first; it != last; ++it) out.push_back(Find(it->second));
  return out;
}

const UnitRecord* OrgDirectory::AncestorOfKind(Id id, const std::string& kind) const {
  for (const UnitRecord* u = Find(id); u != nullptr; u = u->parent_id ? Find(*u->parent_id) : nullptr) {
    if (u->kind == kind) return u;
  }
  return nullptr;
}

bool OrgDirectory::InSubtree(Id scope, Id unit) const {
  const UnitRecord* s = Find(scope);
  const UnitRecord* u = Find(unit);
  return s != nullptr && u != nullptr && u->path.compare(0, s->path.size(), s->path) == 0;
}

std::optional<Id> OrgDirectory::LocateGrid(geo::LonLat p) const {
  if (!grid_index_) return std::nullopt;
  return grid_index_->Locate(p);
}

}  // namespace sanwang::org
