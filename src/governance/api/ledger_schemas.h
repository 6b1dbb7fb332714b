// The OpenAPI shapes of the task ledger's routes (docs/architecture.md §8), as
// ledger_json.cc renders and reads them.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json LedgerOutlineSchema();
nlohmann::json LedgerProgrammeSchema();
nlohmann::json LedgerProjectSchema();
nlohmann::json LedgerTaskSchema();
nlohmann::json LedgerMilestoneSchema();
nlohmann::json LedgerMilestonePageSchema();
nlohmann::json LedgerMilestoneWithEventsSchema();

nlohmann::json NewProgrammeSchema();
nlohmann::json NewProjectSchema();
nlohmann::json NewTaskSchema();
nlohmann::json NewMilestoneSchema();
nlohmann::json MilestoneDependenciesSchema();
nlohmann::json MilestoneActionSchema();

}  // namespace sanwang::api
