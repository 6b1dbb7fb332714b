// The workforce roster as the REST API shows and takes it (docs/architecture.md §8). A
// worker's ID number and phone always go out masked; `may_reveal` says whether the caller
// may ask for them (support/roster_access.h decides, the route passes it in).
// Hours of trainings travel as a number with one decimal (2.5). Pure functions;
// thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "support/roster_gaps.h"
#include "support/store/roster_records.h"

namespace sanwang::api {

nlohmann::json WorkerJson(const store::WorkerRecord& worker, bool may_edit, bool may_reveal);
nlohmann::json TrainingJson(const store::TrainingRecord& training);
nlohmann::json GapsJson(const support::StaffingGaps& gaps, std::int64_t households_per_worker);

// A worker body over `base` (blank for a new worker, the stored one for an edit): every
// field but id; unknown fields are refused. On create kind, name, post, unit_code,
// started_on, id_number and phone are required.
Result<store::WorkerRecord> WorkerFromJson(const std::string& body, store::WorkerRecord base, bool creating);
// {held_on, title, hours}, all required.
Result<store::TrainingRecord> TrainingFromJson(const std::string& body);

}  // namespace sanwang::api
