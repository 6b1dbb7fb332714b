// Whose figures a caller may see on the dashboard, the rankings and the map.
//
// Leaders, supervisors, the command center and admins see the whole district; street and
// community staff and grid workers see their own unit's subtree; other roles see none.
// A unit asked for outside the caller's scope is refused (PermissionDenied), an unknown
// one is a bad argument naming the field `unit`. Pure functions over the OrgDirectory.
#pragma once

#include <string>

#include "cases/actor.h"
#include "org/org_directory.h"
#include "store/case_statistics_repository.h"

namespace sanwang::cases {

bool MaySeeFigures(const Actor& actor);

// Whether `unit` lies in the caller's scope: every unit for district-wide roles, else the
// units at or below the caller's own. The one answer to "who may see which units" for the
// figures, the indicators and the planners' views.
bool SeesUnit(const org::OrgDirectory& org, const Actor& actor, const store::UnitRecord& unit);
// Whether a location lies in the caller's scope, through the grid that holds it; a point in
// no grid is seen by district-wide roles only.
bool SeesPoint(const org::OrgDirectory& org, const Actor& actor, geo::LonLat where);

// The unit whose figures to show: `code` when given and within scope, else the caller's
// own scope (the district root for district-wide roles).
Result<const store::UnitRecord*> FigureUnit(const org::OrgDirectory& org, const Actor& actor,
                                            const std::string& code);

// The cases a unit's figures cover: everything of the district for the district root,
// else those handled by or located in its subtree.
store::CaseScope ScopeOfUnit(const org::OrgDirectory& org, const store::UnitRecord& unit);

// The units of `kind` at or below `scope`, in code order.
std::vector<const store::UnitRecord*> UnitsWithin(const org::OrgDirectory& org,
                                                  const store::UnitRecord& scope, const std::string& kind);

}  // namespace sanwang::cases
