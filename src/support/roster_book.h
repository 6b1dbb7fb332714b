// The workforce roster as one caller sees and keeps it: workers in the caller's scope,
// adding and editing them, their trainings, the households figure of a community, the
// staffing gaps, and revealing one worker's personal data. Checks the caller's rights
// (roster_access.h) and the input (roster.h), naming the field of each bad value; writes
// through support/store/roster_repository.h. Functions over a Database and an
// OrgDirectory snapshot; thread-safe as the Database given.
#pragma once

#include <string>
#include <vector>

#include "cases/actor.h"
#include "org/org_directory.h"
#include "support/roster_gaps.h"
#include "support/store/roster_repository.h"

namespace sanwang::support {

struct Roster {
  store::Database& db;
  const org::OrgDirectory& org;
  cases::Actor actor;

  const std::string& district() const { return org.district_code(); }
};

// Sets unit_id and grid_id from unit_code and grid_code (grid_code empty: no grid); the
// error names the field.
Status ResolveWorkerUnits(const org::OrgDirectory& org, store::WorkerRecord& worker);

// Sets user_id from username (empty: no account), an account of the district.
Status ResolveWorkerAccount(store::Database& db, const std::string& district, store::WorkerRecord& worker);

// The workers the caller sees, of `unit_code` when given (a unit outside the caller's
// sight is refused), of `kind` when given.
Result<std::vector<store::WorkerRecord>> ListWorkers(const Roster& roster, const std::string& unit_code,
                                                     const std::string& kind);
// NotFound for a worker of another district or one outside the caller's sight.
Result<store::WorkerRecord> FindWorker(const Roster& roster, store::Id id);
// unit_code and grid_code name the unit and grid; id and district are set here. The ID
// number is normalized (a trailing x written X); a second worker with the same number is
// refused naming id_number.
Result<store::WorkerRecord> CreateWorker(const Roster& roster, store::WorkerRecord worker);
// The caller keeps both the stored worker's unit and the new one.
Result<store::WorkerRecord> UpdateWorker(const Roster& roster, store::WorkerRecord worker);
// The full record, for those who keep the worker's unit; PermissionDenied for others.
Result<store::WorkerRecord> RevealWorker(const Roster& roster, store::Id id);

Result<store::TrainingRecord> AddTraining(const Roster& roster, store::Id worker_id,
                                          store::TrainingRecord training);
Result<std::vector<store::TrainingRecord>> ListTrainings(const Roster& roster, store::Id worker_id);

// A community's households figure, by those who keep its roster.
Status SetHouseholds(const Roster& roster, const std::string& community_code, std::int64_t households);

// The gaps within `unit_code` (the caller's scope when empty).
Result<StaffingGaps> RosterGaps(const Roster& roster, const std::string& unit_code,
                                std::int64_t households_per_worker);

}  // namespace sanwang::support
