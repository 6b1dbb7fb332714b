#include "circles/unit_locator.h"

namespace sanwang::circles {

UnitsOf UnitsFromOrg(const org::OrgDirectory& org) {
  return [&org](geo::LonLat where) {
    std::vector<CoverageUnit> units;
    std::optional<store::Id> grid = org.LocateGrid(where);
    if (!grid) return units;
    for (const char* kind : {"grid", "community", "street"}) {
      if (const store::UnitRecord* u = org.AncestorOfKind(*grid, kind))
        units.push_back({kind, u->code, u->name});
    }
    return units;
  };
}

CoverageUnit AreaOf(const org::OrgDirectory& org) {
  if (const store::UnitRecord* root = org.Root()) return {"area", root->code, root->name};
  return {"area", org.district_code(), org.district_code()};
}

}  // namespace sanwang::circles
