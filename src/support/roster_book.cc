#include "support/roster_book.h"

#include "org/roles.h"
#include "store/user_repository.h"
#include "support/personal_data.h"
#include "support/roster.h"
#include "support/roster_access.h"

namespace sanwang::support {
namespace {

Status NotYours(const std::string& unit_code) {
  return PermissionDenied("无权维护该单位的名册 you may not keep the roster of " + unit_code);
}

Status WriteRefused(const Status& s) {
  if (s.code() == ErrorCode::kAlreadyExists) {
    return {ErrorCode::kAlreadyExists, "该身份证号已在名册中 a worker with this ID number is already listed",
            "id_number"};
  }
  return s;
}

// Checked before writing: on PostgreSQL a unique violation would spoil the transaction the
// write shares with others; the table's UNIQUE key stays behind it.
Status IdNumberFree(const Roster& roster, const store::WorkerRecord& worker) {
  SW_ASSIGN_OR_RETURN(auto holder,
                      store::RosterRepository(roster.db).FindByIdNumber(roster.district(), worker.id_number));
  if (holder && *holder != worker.id) return WriteRefused(AlreadyExists("id_number"));
  return Status::Ok();
}

Result<const store::UnitRecord*> UnitInSight(const Roster& roster, const std::string& code) {
  if (code.empty()) {
    const bool district_wide = org::InSet(org::DistrictWideRoles(), roster.actor.role);
    const store::UnitRecord* own = district_wide          ? roster.org.Root()
                                   : roster.actor.unit_id ? roster.org.Find(*roster.actor.unit_id)
                                                          : nullptr;
    if (own == nullptr) return PermissionDenied("账号没有所属单位 your account has no unit");
    return own;
  }
  const store::UnitRecord* unit = roster.org.FindByCode(code);
  if (unit == nullptr) return InvalidArgument("单位不存在 no unit '" + code + "'", "unit");
  if (!SeesRosterOf(roster.org, roster.actor, unit->id)) {
    return PermissionDenied("单位超出权限范围 unit " + code + " is outside your scope");
  }
  return unit;
}

}  // namespace

Status ResolveWorkerUnits(const org::OrgDirectory& org, store::WorkerRecord& worker) {
  const store::UnitRecord* unit = org.FindByCode(worker.unit_code);
  if (unit == nullptr) return InvalidArgument("单位不存在 no unit '" + worker.unit_code + "'", "unit_code");
  worker.unit_id = unit->id;
  worker.grid_id.reset();
  if (worker.grid_code.empty()) return Status::Ok();
  const store::UnitRecord* grid = org.FindByCode(worker.grid_code);
  if (grid == nullptr) return InvalidArgument("网格不存在 no grid '" + worker.grid_code + "'", "grid_code");
  worker.grid_id = grid->id;
  return Status::Ok();
}

Status ResolveWorkerAccount(store::Database& db, const std::string& district, store::WorkerRecord& worker) {
  worker.user_id.reset();
  if (worker.username.empty()) return Status::Ok();
  SW_ASSIGN_OR_RETURN(auto user, store::UserRepository(db).FindByUsername(worker.username));
  if (!user || user->district_code != district) {
    return InvalidArgument("账号不存在 no account '" + worker.username + "'", "username");
  }
  worker.user_id = user->id;
  return Status::Ok();
}

Result<std::vector<store::WorkerRecord>> ListWorkers(const Roster& roster, const std::string& unit_code,
                                                     const std::string& kind) {
  SW_RETURN_IF_ERROR(MayReadRoster(roster.actor));
  if (!kind.empty() && !IsWorkerKind(kind)) {
    return InvalidArgument("未知的人员类别 unknown kind '" + kind + "'", "kind");
  }
  SW_ASSIGN_OR_RETURN(const store::UnitRecord* scope, UnitInSight(roster, unit_code));
  store::WorkerQuery query;
  query.district_code = roster.district();
  query.kind = kind;
  SW_ASSIGN_OR_RETURN(auto all, store::RosterRepository(roster.db).List(query));
  std::vector<store::WorkerRecord> out;
  for (store::WorkerRecord& w : all) {
    if (roster.org.InSubtree(scope->id, w.unit_id) && SeesRosterOf(roster.org, roster.actor, w.unit_id)) {
      out.push_back(std::move(w));
    }
  }
  return out;
}

Result<store::WorkerRecord> FindWorker(const Roster& roster, store::Id id) {
  SW_RETURN_IF_ERROR(MayReadRoster(roster.actor));
  auto worker = store::RosterRepository(roster.db).Get(id);
  if (!worker.ok() || worker->district_code != roster.district() ||
      !SeesRosterOf(roster.org, roster.actor, worker->unit_id)) {
    return NotFound("工作人员不存在 no such worker");
  }
  return worker;
}

Result<store::WorkerRecord> CreateWorker(const Roster& roster, store::WorkerRecord worker) {
  SW_RETURN_IF_ERROR(ResolveWorkerUnits(roster.org, worker));
  if (!KeepsRosterOf(roster.org, roster.actor, worker.unit_id)) return NotYours(worker.unit_code);
  SW_RETURN_IF_ERROR(ResolveWorkerAccount(roster.db, roster.district(), worker));
  worker.id = 0;
  worker.district_code = roster.district();
  worker.id_number = NormalizeIdNumber(worker.id_number);
  SW_RETURN_IF_ERROR(ValidateWorker(worker, roster.org));
  SW_RETURN_IF_ERROR(IdNumberFree(roster, worker));
  auto inserted = store::RosterRepository(roster.db).Insert(worker);
  if (!inserted.ok()) return WriteRefused(inserted.status());
  return inserted;
}

Result<store::WorkerRecord> UpdateWorker(const Roster& roster, store::WorkerRecord worker) {
  SW_ASSIGN_OR_RETURN(store::WorkerRecord stored, FindWorker(roster, worker.id));
  if (!KeepsWorker(roster.org, roster.actor, stored)) return NotYours(stored.unit_code);
  SW_RETURN_IF_ERROR(ResolveWorkerUnits(roster.org, worker));
  if (!KeepsRosterOf(roster.org, roster.actor, worker.unit_id)) return NotYours(worker.unit_code);
  SW_RETURN_IF_ERROR(ResolveWorkerAccount(roster.db, roster.district(), worker));
  worker.district_code = stored.district_code;
  worker.id_number = NormalizeIdNumber(worker.id_number);
  SW_RETURN_IF_ERROR(ValidateWorker(worker, roster.org));
  SW_RETURN_IF_ERROR(IdNumberFree(roster, worker));
  store::RosterRepository repo(roster.db);
  SW_RETURN_IF_ERROR(WriteRefused(repo.Update(worker)));
  return repo.Get(worker.id);
}

Result<store::WorkerRecord> RevealWorker(const Roster& roster, store::Id id) {
  SW_ASSIGN_OR_RETURN(store::WorkerRecord worker, FindWorker(roster, id));
  if (!MayRevealPersonalData(roster.org, roster.actor, worker)) {
    return PermissionDenied(
        "无权查看该工作人员的身份证号和手机号 you may not see this worker's ID number and phone");
  }
  return worker;
}

Result<store::TrainingRecord> AddTraining(const Roster& roster, store::Id worker_id,
                                          store::TrainingRecord training) {
  SW_ASSIGN_OR_RETURN(store::WorkerRecord worker, FindWorker(roster, worker_id));
  if (!KeepsWorker(roster.org, roster.actor, worker)) return NotYours(worker.unit_code);
  training.id = 0;
  training.district_code = worker.district_code;
  training.worker_id = worker.id;
  SW_RETURN_IF_ERROR(ValidateTraining(training));
  return store::RosterRepository(roster.db).AddTraining(training);
}

Result<std::vector<store::TrainingRecord>> ListTrainings(const Roster& roster, store::Id worker_id) {
  SW_ASSIGN_OR_RETURN(store::WorkerRecord worker, FindWorker(roster, worker_id));
  return store::RosterRepository(roster.db).Trainings(worker.id);
}

Status SetHouseholds(const Roster& roster, const std::string& community_code, std::int64_t households) {
  const store::UnitRecord* unit = roster.org.FindByCode(community_code);
  if (unit == nullptr || unit->kind != "community") {
    return InvalidArgument("社区不存在 no community '" + community_code + "'", "unit_code");
  }
  if (!KeepsRosterOf(roster.org, roster.actor, unit->id)) return NotYours(community_code);
  if (households < 0 || households > 1'000'000) {
    return InvalidArgument("户数应在 0 到 1000000 之间 households must be 0 to 1,000,000", "households");
  }
  return store::RosterRepository(roster.db).SetHouseholds({roster.district(), unit->id, households, ""});
}

Result<StaffingGaps> RosterGaps(const Roster& roster, const std::string& unit_code,
                                std::int64_t households_per_worker) {
  SW_ASSIGN_OR_RETURN(auto workers, ListWorkers(roster, unit_code, ""));
  SW_ASSIGN_OR_RETURN(const store::UnitRecord* scope, UnitInSight(roster, unit_code));
  SW_ASSIGN_OR_RETURN(auto figures, store::RosterRepository(roster.db).Households(roster.district()));
  std::map<store::Id, std::int64_t> households;
  for (const auto& f : figures) households[f.unit_id] = f.households;
  return FindStaffingGaps(roster.org, *scope, workers, households, households_per_worker);
}

}  // namespace sanwang::support
