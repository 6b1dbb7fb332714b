// Coverage units from the organization net: a home lies in the grid whose polygon holds
// it (org::OrgDirectory::LocateGrid), and so in that grid's community and sub-district.
// With no grids loaded every home lies only in the whole area.
//
// The returned function borrows the directory: it must outlive it. Safe to call from
// several threads at once, as the directory is.
#pragma once

#include "circles/coverage.h"
#include "org/org_directory.h"

namespace sanwang::circles {

UnitsOf UnitsFromOrg(const org::OrgDirectory& org);

// The whole area: the district's root unit, or {"area", district code, district code}.
CoverageUnit AreaOf(const org::OrgDirectory& org);

}  // namespace sanwang::circles
