#include "support/store/roster_repository.h"

#include "store/personal_data.h"

namespace sanwang::store {
namespace {

constexpr const char* kSelect =
    "SELECT w.id, w.district_code, w.kind, w.name, w.post, w.unit_id, w.grid_id, w.started_on, "
    "w.qualification, w.id_number, w.phone, w.user_id, w.active, w.demo, u.code, u.name, g.code, g.name, "
    "a.username FROM roster_workers w JOIN units u ON u.id = w.unit_id "
    "LEFT JOIN units g ON g.id = w.grid_id LEFT JOIN users a ON a.id = w.user_id";

WorkerRecord FromRow(const Row& r) {
  WorkerRecord w;
  w.id = r.Int(0);
  w.district_code = r.Text(1);
  w.kind = r.Text(2);
  w.name = r.Text(3);
  w.post = r.Text(4);
  w.unit_id = r.Int(5);
  w.grid_id = r.OptInt(6);
  w.started_on = r.Text(7);
  w.qualification = r.Text(8);
  w.id_number = OpenPersonal(r.Text(9));
  w.phone = OpenPersonal(r.Text(10));
  w.user_id = r.OptInt(11);
  w.active = r.Int(12) != 0;
  w.demo = r.Int(13) != 0;
  w.unit_code = r.Text(14);
  w.unit_name = r.Text(15);
  w.grid_code = r.Text(16);
  w.grid_name = r.Text(17);
  w.username = r.Text(18);
  return w;
}

// The values of every column Update writes, in the order of the statements.
SqlParams WrittenValues(const WorkerRecord& w) {
  return {w.kind,
          w.name,
          w.post,
          w.unit_id,
          Nullable(w.grid_id),
          w.started_on,
          w.qualification,
          SealPersonal(w.id_number),
          PersonalLookup(w.id_number),
          SealPersonal(w.phone),
          Nullable(w.user_id),
          static_cast<std::int64_t>(w.active)};
}

}  // namespace

Result<WorkerRecord> RosterRepository::Insert(WorkerRecord worker) {
  SqlParams params = WrittenValues(worker);
  params.insert(params.begin(), worker.district_code);
  params.push_back(static_cast<std::int64_t>(worker.demo));
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query("INSERT INTO roster_workers (district_code, kind, name, post, unit_id, grid_id, "
                "started_on, qualification, id_number, id_number_lookup, phone, user_id, active, demo) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                params));
  return Get(rows.at(0).Int(0));
}

Status RosterRepository::Update(const WorkerRecord& worker) {
  SqlParams params = WrittenValues(worker);
  params.push_back(worker.id);
  SW_ASSIGN_OR_RETURN(auto changed,
                      db_.Execute("UPDATE roster_workers SET kind = ?, name = ?, post = ?, unit_id = ?, "
                                  "grid_id = ?, started_on = ?, qualification = ?, id_number = ?, "
                                  "id_number_lookup = ?, phone = ?, "
                                  "user_id = ?, active = ? WHERE id = ?",
                                  params));
  if (changed == 0) return NotFound("工作人员不存在 no such worker");
  return Status::Ok();
}

Result<WorkerRecord> RosterRepository::Get(Id id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string(kSelect) + " WHERE w.id = ?", {id}));
  if (rows.empty()) return NotFound("工作人员不存在 no such worker");
  return FromRow(rows.front());
}

Result<std::optional<Id>> RosterRepository::FindByIdNumber(const std::string& district_code,
                                                           const std::string& id_number) {
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query("SELECT id FROM roster_workers WHERE district_code = ? AND id_number_lookup = ?",
                           {district_code, PersonalLookup(id_number)}));
  if (rows.empty()) return std::optional<Id>();
  return std::optional<Id>(rows.front().Int(0));
}

Result<std::vector<WorkerRecord>> RosterRepository::List(const WorkerQuery& query) {
  std::string sql = std::string(kSelect) + " WHERE w.district_code = ?";
  SqlParams params = {query.district_code};
  if (query.unit_id) {
    sql += " AND w.unit_id = ?";
    params.push_back(*query.unit_id);
  }
  if (!query.kind.empty()) {
    sql += " AND w.kind = ?";
    params.push_back(query.kind);
  }
  if (query.active_only) sql += " AND w.active = 1";
  sql += " ORDER BY u.code, w.kind, w.name, w.id";
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  std::vector<WorkerRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(FromRow(r));
  return out;
}

Result<TrainingRecord> RosterRepository::AddTraining(TrainingRecord training) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("INSERT INTO roster_trainings (district_code, worker_id, held_on, title, "
                                "hours_tenths) VALUES (?, ?, ?, ?, ?) RETURNING id",
                                {training.district_code, training.worker_id, training.held_on, training.title,
                                 training.hours_tenths}));
  training.id = rows.at(0).Int(0);
  return training;
}

Result<std::vector<TrainingRecord>> RosterRepository::Trainings(Id worker_id) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT id, district_code, worker_id, held_on, title, hours_tenths "
                                "FROM roster_trainings WHERE worker_id = ? ORDER BY held_on, id",
                                {worker_id}));
  std::vector<TrainingRecord> out;
  for (const Row& r : rows) out.push_back({r.Int(0), r.Text(1), r.Int(2), r.Text(3), r.Text(4), r.Int(5)});
  return out;
}

Status RosterRepository::SetHouseholds(const CommunityHouseholdsRecord& record) {
  SW_ASSIGN_OR_RETURN(auto changed,
                      db_.Execute("UPDATE roster_households SET households = ? WHERE district_code = ? AND "
                                  "unit_id = ?",
                                  {record.households, record.district_code, record.unit_id}));
  if (changed > 0) return Status::Ok();
  return db_
      .Execute("INSERT INTO roster_households (district_code, unit_id, households) VALUES (?, ?, ?)",
               {record.district_code, record.unit_id, record.households})
      .status();
}

Result<std::vector<CommunityHouseholdsRecord>> RosterRepository::Households(
    const std::string& district_code) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT h.district_code, h.unit_id, h.households, u.code FROM "
                                           "roster_households h JOIN units u ON u.id = h.unit_id WHERE "
                                           "h.district_code = ? ORDER BY u.code",
                                           {district_code}));
  std::vector<CommunityHouseholdsRecord> out;
  for (const Row& r : rows) out.push_back({r.Text(0), r.Int(1), r.Int(2), r.Text(3)});
  return out;
}

}  // namespace sanwang::store
