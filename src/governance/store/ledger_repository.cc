#include "governance/store/ledger_repository.h"

#include <map>

#include "store/sql_text.h"

namespace sanwang::store {
namespace {

constexpr const char* kMilestoneSelect =
    "SELECT m.id, m.district_code, m.task_id, m.name, m.deliverables, m.due_on, m.unit_id, m.leader_id, "
    "m.weight, m.state, m.percent, m.last_note, m.reported_at, m.accepted_at, m.created_at, m.demo, "
    "t.name, t.starts_on, p.id, p.name, g.id, g.name, u.code, u.name, l.username, l.display_name "
    "FROM gov_milestones m JOIN gov_tasks t ON t.id = m.task_id JOIN gov_projects p ON p.id = t.project_id "
    "JOIN gov_programmes g ON g.id = p.programme_id JOIN units u ON u.id = m.unit_id "
    "LEFT JOIN users l ON l.id = m.leader_id";

LedgerMilestoneRecord MilestoneFromRow(const Row& r) {
  LedgerMilestoneRecord m;
  m.id = r.Int(0);
  m.district_code = r.Text(1);
  m.task_id = r.Int(2);
  m.name = r.Text(3);
  m.deliverables = r.Text(4);
  m.due_on = r.Text(5);
  m.unit_id = r.Int(6);
  m.leader_id = r.OptInt(7);
  m.weight = r.Int(8);
  m.state = r.Text(9);
  m.percent = r.Int(10);
  m.last_note = r.Text(11);
  m.reported_at = r.OptInt(12);
  m.accepted_at = r.OptInt(13);
  m.created_at = r.Int(14);
  m.demo = r.Int(15) != 0;
  m.task_name = r.Text(16);
  m.task_starts_on = r.Text(17);
  m.project_id = r.Int(18);
  m.project_name = r.Text(19);
  m.programme_id = r.Int(20);
  m.programme_name = r.Text(21);
  m.unit_code = r.Text(22);
  m.unit_name = r.Text(23);
  m.leader_username = r.Text(24);
  m.leader_name = r.Text(25);
  return m;
}

// The WHERE clause of a milestone query, its values appended to `params`.
std::string MilestoneWhere(const MilestoneQuery& q, SqlParams& params) {
  std::string sql = " WHERE m.district_code = ?";
  params.push_back(q.district_code);
  if (q.programme_id) {
    sql += " AND p.programme_id = ?";
    params.push_back(*q.programme_id);
  }
  if (q.task_id) {
    sql += " AND m.task_id = ?";
    params.push_back(*q.task_id);
  }
  if (!q.unit_ids.empty()) {
    sql += " AND m.unit_id IN (" + Placeholders(q.unit_ids.size()) + ")";
    params.insert(params.end(), q.unit_ids.begin(), q.unit_ids.end());
  }
  if (q.leader_id) {
    sql += " AND m.leader_id = ?";
    params.push_back(*q.leader_id);
  }
  if (!q.states.empty()) sql += " AND m.state IN " + InList(q.states, params);
  if (!q.due_from.empty()) {
    sql += " AND m.due_on >= ?";
    params.push_back(q.due_from);
  }
  if (!q.due_to.empty()) {
    sql += " AND m.due_on <= ?";
    params.push_back(q.due_to);
  }
  return sql;
}

LedgerTaskRecord TaskFromRow(const Row& r) {
  return {r.Int(0), r.Text(1), r.Int(2), r.Text(3), r.Text(4), r.Text(5), r.Int(6), r.Int(7)};
}

constexpr const char* kTaskSelect =
    "SELECT t.id, t.district_code, t.project_id, t.name, t.starts_on, t.ends_on, t.unit_id, p.programme_id "
    "FROM gov_tasks t JOIN gov_projects p ON p.id = t.project_id";

}  // namespace

Result<LedgerProgrammeRecord> LedgerRepository::InsertProgramme(LedgerProgrammeRecord programme) {
  // Looked up first: on PostgreSQL a unique violation would spoil the transaction the
  // group commit shares; the key stays as a backstop.
  SW_ASSIGN_OR_RETURN(auto same,
                      db_.Query("SELECT id FROM gov_programmes WHERE district_code = ? AND name = ?",
                                {programme.district_code, programme.name}));
  if (!same.empty()) return AlreadyExists("已有同名工程 a programme of this name exists");
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("INSERT INTO gov_programmes (district_code, name, description, demo) "
                                "VALUES (?, ?, ?, ?) RETURNING id",
                                {programme.district_code, programme.name, programme.description,
                                 static_cast<std::int64_t>(programme.demo)}));
  programme.id = rows.at(0).Int(0);
  return programme;
}

Result<LedgerProgrammeRecord> LedgerRepository::GetProgramme(Id id) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT id, district_code, name, description, demo FROM gov_programmes "
                                "WHERE id = ?",
                                {id}));
  if (rows.empty()) return NotFound("工程不存在 no such programme");
  const Row& r = rows.front();
  return LedgerProgrammeRecord{r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Int(4) != 0};
}

Result<std::vector<LedgerProgrammeRecord>> LedgerRepository::Programmes(const std::string& district_code) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT id, district_code, name, description, demo FROM gov_programmes "
                                "WHERE district_code = ? ORDER BY id",
                                {district_code}));
  std::vector<LedgerProgrammeRecord> out;
  for (const Row& r : rows) out.push_back({r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Int(4) != 0});
  return out;
}

Result<LedgerProjectRecord> LedgerRepository::InsertProject(LedgerProjectRecord project) {
  SW_ASSIGN_OR_RETURN(auto same, db_.Query("SELECT id FROM gov_projects WHERE programme_id = ? AND name = ?",
                                           {project.programme_id, project.name}));
  if (!same.empty()) return AlreadyExists("该工程已有同名项目 the programme has a project of this name");
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query("INSERT INTO gov_projects (district_code, programme_id, name, "
                           "description) VALUES (?, ?, ?, ?) RETURNING id",
                           {project.district_code, project.programme_id, project.name, project.description}));
  project.id = rows.at(0).Int(0);
  return project;
}

Result<LedgerProjectRecord> LedgerRepository::GetProject(Id id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT id, district_code, programme_id, name, description "
                                           "FROM gov_projects WHERE id = ?",
                                           {id}));
  if (rows.empty()) return NotFound("项目不存在 no such project");
  const Row& r = rows.front();
  return LedgerProjectRecord{r.Int(0), r.Text(1), r.Int(2), r.Text(3), r.Text(4)};
}

Result<std::vector<LedgerProjectRecord>> LedgerRepository::Projects(const std::string& district_code) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT id, district_code, programme_id, name, description "
                                "FROM gov_projects WHERE district_code = ? ORDER BY programme_id, id",
                                {district_code}));
  std::vector<LedgerProjectRecord> out;
  for (const Row& r : rows) out.push_back({r.Int(0), r.Text(1), r.Int(2), r.Text(3), r.Text(4)});
  return out;
}

Result<LedgerTaskRecord> LedgerRepository::InsertTask(LedgerTaskRecord task) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("INSERT INTO gov_tasks (district_code, project_id, name, starts_on, "
                                "ends_on, unit_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                                {task.district_code, task.project_id, task.name, task.starts_on, task.ends_on,
                                 task.unit_id}));
  return GetTask(rows.at(0).Int(0));
}

Result<LedgerTaskRecord> LedgerRepository::GetTask(Id id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string(kTaskSelect) + " WHERE t.id = ?", {id}));
  if (rows.empty()) return NotFound("任务不存在 no such task");
  return TaskFromRow(rows.front());
}

Result<std::vector<LedgerTaskRecord>> LedgerRepository::Tasks(const std::string& district_code) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query(std::string(kTaskSelect) +
                                    " WHERE t.district_code = ? ORDER BY p.programme_id, t.project_id, "
                                    "t.starts_on, t.id",
                                {district_code}));
  std::vector<LedgerTaskRecord> out;
  for (const Row& r : rows) out.push_back(TaskFromRow(r));
  return out;
}

Result<LedgerMilestoneRecord> LedgerRepository::InsertMilestone(LedgerMilestoneRecord m) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query("INSERT INTO gov_milestones (district_code, task_id, name, deliverables, due_on, unit_id, "
                "leader_id, "
                "weight, state, percent, last_note, reported_at, accepted_at, created_at, demo) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                {m.district_code, m.task_id, m.name, m.deliverables, m.due_on, m.unit_id,
                 Nullable(m.leader_id), m.weight, m.state, m.percent, m.last_note, Nullable(m.reported_at),
                 Nullable(m.accepted_at), m.created_at, static_cast<std::int64_t>(m.demo)}));
  const Id id = rows.at(0).Int(0);
  SW_RETURN_IF_ERROR(ReplaceDependencies(id, m.depends_on));
  return GetMilestone(id);
}

Status LedgerRepository::ReplaceDependencies(Id milestone, const std::vector<Id>& depends_on) {
  SW_RETURN_IF_ERROR(
      db_.Execute("DELETE FROM gov_milestone_dependencies WHERE milestone_id = ?", {milestone}).status());
  for (Id on : std::set<Id>(depends_on.begin(), depends_on.end())) {
    SW_RETURN_IF_ERROR(db_.Execute("INSERT INTO gov_milestone_dependencies (milestone_id, depends_on_id) "
                                   "VALUES (?, ?)",
                                   {milestone, on})
                           .status());
  }
  return Status::Ok();
}

Status LedgerRepository::LoadDependencies(std::vector<LedgerMilestoneRecord>& milestones) {
  if (milestones.empty()) return Status::Ok();
  std::map<Id, LedgerMilestoneRecord*> by_id;
  SqlParams params;
  for (auto& m : milestones) {
    by_id[m.id] = &m;
    params.push_back(m.id);
  }
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT milestone_id, depends_on_id FROM gov_milestone_dependencies "
                                "WHERE milestone_id IN (" +
                                    Placeholders(params.size()) + ") ORDER BY milestone_id, depends_on_id",
                                params));
  for (const Row& r : rows) by_id.at(r.Int(0))->depends_on.push_back(r.Int(1));
  return Status::Ok();
}

Result<LedgerMilestoneRecord> LedgerRepository::GetMilestone(Id id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string(kMilestoneSelect) + " WHERE m.id = ?", {id}));
  if (rows.empty()) return NotFound("任务节点不存在 no such milestone");
  std::vector<LedgerMilestoneRecord> one = {MilestoneFromRow(rows.front())};
  SW_RETURN_IF_ERROR(LoadDependencies(one));
  return std::move(one.front());
}

Result<std::vector<LedgerMilestoneRecord>> LedgerRepository::Milestones(const MilestoneQuery& query) {
  SqlParams params;
  std::string sql = std::string(kMilestoneSelect) + MilestoneWhere(query, params) +
                    " ORDER BY m.due_on, m.id LIMIT ? OFFSET ?";
  params.push_back(query.limit);
  params.push_back(query.offset);
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  std::vector<LedgerMilestoneRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(MilestoneFromRow(r));
  SW_RETURN_IF_ERROR(LoadDependencies(out));
  return out;
}

Result<std::int64_t> LedgerRepository::CountMilestones(const MilestoneQuery& query) {
  SqlParams params;
  std::string sql =
      "SELECT COUNT(*) FROM gov_milestones m JOIN gov_tasks t ON t.id = m.task_id "
      "JOIN gov_projects p ON p.id = t.project_id" +
      MilestoneWhere(query, params);
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  return rows.at(0).Int(0);
}

Result<std::vector<DependencyEdge>> LedgerRepository::Dependencies(const std::string& district_code) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT d.milestone_id, d.depends_on_id FROM gov_milestone_dependencies d "
                                "JOIN gov_milestones m ON m.id = d.milestone_id "
                                "WHERE m.district_code = ? ORDER BY d.milestone_id, d.depends_on_id",
                                {district_code}));
  std::vector<DependencyEdge> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.emplace_back(r.Int(0), r.Int(1));
  return out;
}

Result<Id> LedgerRepository::Move(const LedgerMilestoneRecord& changed, const std::string& from_state,
                                  LedgerEventRecord event) {
  SW_ASSIGN_OR_RETURN(
      auto moved,
      db_.Execute("UPDATE gov_milestones SET state = ?, percent = ?, last_note = ?, reported_at = ?, "
                  "accepted_at = ? WHERE id = ? AND state = ?",
                  {changed.state, changed.percent, changed.last_note, Nullable(changed.reported_at),
                   Nullable(changed.accepted_at), changed.id, from_state}));
  if (moved == 0) {
    return Conflict(
        "任务节点已被他人改变，请刷新后重试 the milestone was changed by someone else; reload and "
        "try again");
  }
  return InsertEvent(event);
}

Status LedgerRepository::AppendEvent(const LedgerEventRecord& event) { return InsertEvent(event).status(); }

Result<Id> LedgerRepository::InsertEvent(const LedgerEventRecord& event) {
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query("INSERT INTO gov_milestone_events (district_code, milestone_id, at, user_id, role, action, "
                "from_state, to_state, percent, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                {event.district_code, event.milestone_id, event.at, Nullable(event.user_id), event.role,
                 event.action, event.from_state, event.to_state, Nullable(event.percent), event.note}));
  return rows.at(0).Int(0);
}

Result<std::vector<LedgerEventRecord>> LedgerRepository::Events(Id milestone_id) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT e.id, e.district_code, e.milestone_id, e.at, e.user_id, e.role, "
                                "e.action, e.from_state, e.to_state, e.percent, e.note, u.username "
                                "FROM gov_milestone_events e LEFT JOIN users u ON u.id = e.user_id "
                                "WHERE e.milestone_id = ? ORDER BY e.id",
                                {milestone_id}));
  std::vector<LedgerEventRecord> out;
  for (const Row& r : rows) {
    out.push_back({r.Int(0), r.Text(1), r.Int(2), r.Int(3), r.OptInt(4), r.Text(5), r.Text(6), r.Text(7),
                   r.Text(8), r.OptInt(9), r.Text(10), r.Text(11)});
  }
  return out;
}

}  // namespace sanwang::store
