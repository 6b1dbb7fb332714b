// The answers of the fifteen-minute circles over HTTP (circles_routes.cc): coverage per
// unit, the homes beyond the circle, suggested sites, what is near a point, facilities.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json CirclesCoverageSchema();
nlohmann::json CirclesGapsSchema();
nlohmann::json CirclesSuggestionsSchema();
nlohmann::json CirclesNearbySchema();
nlohmann::json CirclesFacilitiesSchema();

}  // namespace sanwang::api
