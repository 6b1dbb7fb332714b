// The OpenAPI shapes of the bodies the roster routes take (roster_routes.cc, read by
// roster_json.cc). scripts/openapi-conformance.sh checks them against every request the
// API tests send.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

// POST /roster/workers (`creating`: the identifying fields required) and PUT.
nlohmann::json WorkerBodySchema(bool creating);
nlohmann::json NewTrainingSchema();

}  // namespace sanwang::api
