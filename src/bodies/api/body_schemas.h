// The OpenAPI shapes of the party and social organization routes (body_routes.cc),
// following what body_json.cc renders and takes.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json PartyOrgSchema();
nlohmann::json PartyOrgListSchema();
nlohmann::json PartyOrgBodySchema(bool creating);
nlohmann::json SocialOrgSchema();
nlohmann::json SocialOrgListSchema();
nlohmann::json SocialOrgBodySchema(bool creating);

}  // namespace sanwang::api
