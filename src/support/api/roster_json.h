// The workforce roster as the REST API shows and takes it (docs/architecture.md §8). A
// worker's ID number and phone go out in full only when the caller keeps the worker's
// unit (support/roster_access.h decides, the route passes `full` in); otherwise masked.
// Hours of trainings travel as a number with one decimal (2.5). Pure functions;
// thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "core/status.h"
#include "support/roster_gaps.h"
#include "support/store/roster_records.h"

namespace sanwang::api {

// `may_edit` is sent as both may_edit and may_reveal: the same people do both.
nlohmann::json WorkerJson(const store::WorkerRecord& worker, bool full, bool may_edit);
nlohmann::json TrainingJson(const store::TrainingRecord& training);
nlohmann::json GapsJson(const support::StaffingGaps& gaps, std::int64_t households_per_worker);

// A worker body over `base` (blank for a new worker, the stored one for an edit): every
// field but id; unknown fields are refused. On create kind, name, post, unit_code,
// started_on, id_number and phone are required.
Result<store::WorkerRecord> WorkerFromJson(const std::string& body, store::WorkerRecord base, bool creating);
// {held_on, title, hours}, all required.
Result<store::TrainingRecord> TrainingFromJson(const std::string& body);

}  // namespace sanwang::api
