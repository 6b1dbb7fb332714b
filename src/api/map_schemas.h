// The answers of the map layers: units and cases for staff (map_routes.cc), the base layer
// of streets, landmarks, start view and address (circles/api/map_base_routes.cc), and the
// public client configuration.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

// json_views.cc's UnitJson without the geometry: an org unit as the map and org routes list it.
nlohmann::json OrgUnitSchema();

nlohmann::json MapUnitsSchema();
nlohmann::json MapCasesSchema();
nlohmann::json MapRoadsSchema();
nlohmann::json MapLandmarksSchema();
nlohmann::json MapStartSchema();
nlohmann::json MapAddressSchema();
nlohmann::json ClientConfigSchema();

}  // namespace sanwang::api
