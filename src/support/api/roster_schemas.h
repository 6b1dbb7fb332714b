// The OpenAPI shapes of the bodies the roster routes take and answer (roster_routes.cc,
// written and read by roster_json.cc). scripts/openapi-conformance.sh checks them against
// every exchange the API tests make.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

// POST /roster/workers (`creating`: the identifying fields required) and PUT.
nlohmann::json WorkerBodySchema(bool creating);
nlohmann::json NewTrainingSchema();

// {items: [worker]}.
nlohmann::json WorkerListSchema();
// A worker as in the list, with its trainings.
nlohmann::json WorkerWithTrainingsSchema();
nlohmann::json TrainingSchema();
// {id, id_number, phone} in full.
nlohmann::json WorkerRevealSchema();
nlohmann::json StaffingGapsSchema();

}  // namespace sanwang::api
