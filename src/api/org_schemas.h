// The OpenAPI shapes of the organization net as the org and registration routes send it
// (json_views.cc's UnitJson; a unit alone is map_schemas.h's OrgUnit): the list of units,
// one unit with its boundary and children, the units of a point, the communities residents
// register in, and what a grid boundary import did.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json OrgUnitListSchema();
nlohmann::json OrgUnitDetailSchema();
nlohmann::json LocatedUnitsSchema();
// A community with its sub-district, null where it has none.
nlohmann::json CommunitySchema();
nlohmann::json GridImportResultSchema();

}  // namespace sanwang::api
