// Routing (docs/architecture.md §4): where a case is, and which unit handles it.
//
// A location becomes a grid by point-in-polygon and the grid gives its community and
// sub-district; without a location the reporter's community stands in. The catalog item's
// tier then picks the unit of that tier that contains the place (or the named department).
// A case that cannot be placed goes to the command center: never nowhere.
// Pure functions over an OrgDirectory.
#pragma once

#include <optional>
#include <string>

#include "geo/geometry.h"
#include "org/org_directory.h"
#include "store/records.h"

namespace sanwang::cases {

using store::Id;

struct Placement {
  std::optional<Id> grid;
  std::optional<Id> community;
  std::optional<Id> street;
};

Placement PlaceCase(const org::OrgDirectory& org, std::optional<geo::LonLat> location,
                    std::optional<Id> fallback_community);

struct RouteDecision {
  Id unit = 0;
  std::string reason;  // why this unit, for the event log
};

// `item` may be null (unclassified). Fails only when the district has no command center.
Result<RouteDecision> RouteCase(const org::OrgDirectory& org, const store::CatalogItemRecord* item,
                                const Placement& place);

// The unit one tier up for 上报: grid → community → sub-district → command center;
// a department → command center. None above the command center.
std::optional<Id> NextTierUp(const org::OrgDirectory& org, Id unit);

}  // namespace sanwang::cases
