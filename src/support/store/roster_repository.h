// Keeps the support net's workforce roster (roster_workers, roster_trainings,
// roster_households): workers by unit and kind, their trainings, and the households
// figure per community. Each worker comes back with its unit's and grid's code and name
// and the username of its account. Holds a reference to a Database; same thread-safety as
// it (one thread at a time).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "support/store/roster_records.h"

namespace sanwang::store {

struct WorkerQuery {
  std::string district_code;
  std::optional<Id> unit_id;  // workers of this unit only
  std::string kind;           // empty: every kind
  bool active_only = false;

  // Every worker of the district.
  static WorkerQuery AllOf(std::string district) {
    WorkerQuery q;
    q.district_code = std::move(district);
    return q;
  }
};

class RosterRepository {
 public:
  explicit RosterRepository(Database& db) : db_(db) {}

  // AlreadyExists when the district has a worker with that ID number.
  Result<WorkerRecord> Insert(WorkerRecord worker);
  // Writes every field but id, district and demo; NotFound when there is no such worker.
  Status Update(const WorkerRecord& worker);
  Result<WorkerRecord> Get(Id id);
  // The worker of the district holding this ID number, if any.
  Result<std::optional<Id>> FindByIdNumber(const std::string& district_code, const std::string& id_number);
  // In unit code, kind and name order.
  Result<std::vector<WorkerRecord>> List(const WorkerQuery& query);

  Result<TrainingRecord> AddTraining(TrainingRecord training);
  // Oldest first.
  Result<std::vector<TrainingRecord>> Trainings(Id worker_id);

  // Sets (or replaces) a community's households figure.
  Status SetHouseholds(const CommunityHouseholdsRecord& record);
  Result<std::vector<CommunityHouseholdsRecord>> Households(const std::string& district_code);

 private:
  Database& db_;
};

}  // namespace sanwang::store
