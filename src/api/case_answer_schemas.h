// The answers of the case routes beside a case itself (which openapi_components.cc
// describes): the extension preview, following, photos, open matters nearby, the
// workbench's tab counts and bulk outcomes.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json ExtensionPreviewSchema();
nlohmann::json FollowingSchema();
nlohmann::json PhotoSchema();
nlohmann::json PhotoListSchema();
nlohmann::json OpenNearbySchema();
nlohmann::json TabCountsSchema();
nlohmann::json BulkOutcomesSchema();

}  // namespace sanwang::api
