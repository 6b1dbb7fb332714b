#include "governance/ledger_book.h"

#include <algorithm>
#include <array>
#include <chrono>

#include "core/text.h"
#include "governance/dependency_graph.h"
#include "governance/ledger_access.h"
#include "governance/store/evidence_repository.h"
#include "store/user_repository.h"

namespace sanwang::governance {
namespace {

constexpr std::size_t kMaxName = 200;
constexpr std::size_t kMaxText = 4000;

std::string Joined(const std::vector<store::Id>& ids, const char* separator) {
  std::string out;
  for (store::Id id : ids) out += (out.empty() ? "" : separator) + std::to_string(id);
  return out;
}

Result<LocalDate> DateField(const std::string& text, const std::string& field) {
  auto date = ParseDate(text);
  if (!date.ok())
    return InvalidArgument("日期格式应为 YYYY-MM-DD " + field + " must be a date YYYY-MM-DD", field);
  return *date;
}

Result<const store::UnitRecord*> UnitField(const Ledger& ledger, const std::string& code,
                                           const std::string& field) {
  const store::UnitRecord* unit = ledger.org.FindByCode(code);
  if (unit == nullptr) return InvalidArgument("单位不存在 no unit '" + code + "'", field);
  return unit;
}

Result<std::optional<store::Id>> LeaderField(const Ledger& ledger, const std::string& username) {
  if (username.empty()) return std::optional<store::Id>();
  SW_ASSIGN_OR_RETURN(auto user, store::UserRepository(ledger.db).FindByUsername(username));
  if (!user || user->district_code != ledger.district() || !org::InSet(org::StaffRoles(), user->role)) {
    return InvalidArgument(
        "责任领导应为本区工作人员账号 the leader must be a staff account of the district: '" + username + "'",
        "leader");
  }
  return std::optional<store::Id>(user->id);
}

Result<store::LedgerTaskRecord> TaskOfDistrict(const Ledger& ledger, store::Id id) {
  auto task = store::LedgerRepository(ledger.db).GetTask(id);
  if (!task.ok() || task->district_code != ledger.district()) {
    return InvalidArgument("任务不存在 no task " + std::to_string(id), "task_id");
  }
  return task;
}

// The milestones `ids` of the district, each due no later than `due_on`.
Status CheckDependencies(const Ledger& ledger, const std::vector<store::Id>& ids, const std::string& due_on) {
  store::LedgerRepository repo(ledger.db);
  for (store::Id id : ids) {
    auto other = repo.GetMilestone(id);
    if (!other.ok() || other->district_code != ledger.district()) {
      return InvalidArgument("所依赖的节点不存在 no milestone " + std::to_string(id), "depends_on");
    }
    if (other->due_on > due_on) {
      return InvalidArgument("节点不能早于其所依赖的节点 " + std::to_string(id) +
                                 " 到期 the milestone is due before " + "milestone " + std::to_string(id) +
                                 " it depends on (" + other->due_on + ")",
                             "depends_on");
    }
  }
  return Status::Ok();
}

Status CheckNoCycle(const Ledger& ledger, store::Id milestone, const std::vector<store::Id>& depends_on) {
  SW_ASSIGN_OR_RETURN(auto edges, store::LedgerRepository(ledger.db).Dependencies(ledger.district()));
  if (auto cycle = CycleThrough(edges, milestone, depends_on)) {
    return InvalidArgument("依赖关系成环 " + Joined(*cycle, " → ") + " the dependencies would form a cycle " +
                               Joined(*cycle, " -> "),
                           "depends_on");
  }
  return Status::Ok();
}

Result<store::MilestoneQuery> QueryOf(const Ledger& ledger, const LedgerFilter& filter) {
  store::MilestoneQuery q;
  q.district_code = ledger.district();
  q.programme_id = filter.programme_id;
  q.task_id = filter.task_id;
  q.limit = filter.limit;
  q.offset = filter.offset;
  if (!filter.unit_code.empty()) {
    SW_ASSIGN_OR_RETURN(const store::UnitRecord* unit, UnitField(ledger, filter.unit_code, "unit"));
    if (!SeesLedgerOf(ledger.org, ledger.actor, unit->id)) {
      return PermissionDenied("无权查看该单位的台账 you may not read the ledger of " + unit->code);
    }
    q.unit_ids = UnitsAtOrBelow(ledger.org, unit->id);
  } else if (org::ScopeKindOf(ledger.actor.role) != "district") {
    if (!ledger.actor.unit_id) return q;  // sees nothing: ListMilestones answers an empty page
    q.unit_ids = UnitsAtOrBelow(ledger.org, *ledger.actor.unit_id);
  }
  if (!filter.leader_username.empty()) {
    SW_ASSIGN_OR_RETURN(q.leader_id, LeaderField(ledger, filter.leader_username));
  }
  if (!filter.state.empty()) {
    if (ledger.workflow.FindState(filter.state) == nullptr) {
      return InvalidArgument("未知的状态 unknown state '" + filter.state + "'", "state");
    }
    q.states = {filter.state};
  }
  const auto today = std::chrono::sys_days{ledger.today()};
  if (filter.overdue || filter.due_within_days) {
    auto open = ledger.workflow.StatesWhereOpen(true);
    std::set<std::string> open_states(open.begin(), open.end());
    if (!q.states.empty() && !open_states.count(filter.state)) open_states.clear();
    q.states = open_states.empty() ? std::set<std::string>{"-"} : open_states;
  }
  if (filter.overdue) q.due_to = FormatDate(LocalDate{today - std::chrono::days{1}});
  if (filter.due_within_days) {
    q.due_from = FormatDate(LocalDate{today});
    std::string to = FormatDate(LocalDate{today + std::chrono::days{*filter.due_within_days}});
    q.due_to = q.due_to.empty() ? to : std::min(q.due_to, to);
  }
  return q;
}

Status CheckAction(const Ledger& ledger, const cases::Transition* tr, const store::LedgerMilestoneRecord& m,
                   const MilestoneAction& action) {
  if (tr == nullptr) {
    return FailedPrecondition("当前状态不允许此操作 the milestone's state (" + m.state +
                              ") does not allow '" + action.action + "'");
  }
  if (!tr->AllowsRole(ledger.actor.role) || !InMilestoneScope(*tr, ledger.actor, m)) {
    return PermissionDenied("无权对该节点" + tr->label + " you may not take '" + tr->action +
                            "' on this milestone: it belongs to " + m.unit_code);
  }
  SW_RETURN_IF_ERROR(CheckUserText(action.note, "note", kMaxText, tr->note_required));
  if (tr->effect_name == "report") {
    if (!action.percent) return InvalidArgument("请填写完成进度 percent is required", "percent");
    if (*action.percent < 0 || *action.percent > 100) {
      return InvalidArgument("完成进度应在 0 到 100 之间 percent must be from 0 to 100", "percent");
    }
  }
  return Status::Ok();
}

// To be submitted or accepted, every milestone this one depends on must be accepted.
Status CheckDependenciesDone(const Ledger& ledger, const cases::Transition& tr,
                             const store::LedgerMilestoneRecord& m) {
  if (tr.effect_name != "submit" && tr.effect_name != "accept") return Status::Ok();
  store::LedgerRepository repo(ledger.db);
  for (store::Id id : m.depends_on) {
    SW_ASSIGN_OR_RETURN(auto other, repo.GetMilestone(id));
    if (ledger.workflow.IsOpen(other.state)) {
      return FailedPrecondition("所依赖的节点「" + other.name + "」尚未验收 milestone " + std::to_string(id) +
                                " it depends on is not accepted yet");
    }
  }
  return Status::Ok();
}

// The milestone as the transition leaves it.
store::LedgerMilestoneRecord Changed(const Ledger& ledger, const cases::Transition& tr,
                                     store::LedgerMilestoneRecord m, const MilestoneAction& action) {
  const UnixSeconds now = ledger.clock.Now();
  if (!tr.to.empty()) m.state = tr.to;
  if (tr.effect_name == "report") {
    m.percent = *action.percent;
    m.last_note = action.note;
    m.reported_at = now;
  } else if (tr.effect_name == "accept") {
    m.percent = 100;
    m.accepted_at = now;
  }
  return m;
}

}  // namespace

cases::EffectVocabulary MilestoneEffectNames() {
  static constexpr std::array<std::string_view, 4> kNames = {"report", "submit", "accept", "return"};
  return kNames;
}

Result<store::LedgerProgrammeRecord> CreateProgramme(const Ledger& ledger, const std::string& name,
                                                     const std::string& description) {
  SW_RETURN_IF_ERROR(MayPlanLedger(ledger.actor));
  SW_RETURN_IF_ERROR(CheckUserText(name, "name", kMaxName, true));
  SW_RETURN_IF_ERROR(CheckUserText(description, "description", kMaxText, false));
  return store::LedgerRepository(ledger.db).InsertProgramme({0, ledger.district(), name, description, false});
}

Result<store::LedgerProjectRecord> CreateProject(const Ledger& ledger, store::Id programme_id,
                                                 const std::string& name, const std::string& description) {
  SW_RETURN_IF_ERROR(MayPlanLedger(ledger.actor));
  SW_RETURN_IF_ERROR(CheckUserText(name, "name", kMaxName, true));
  SW_RETURN_IF_ERROR(CheckUserText(description, "description", kMaxText, false));
  store::LedgerRepository repo(ledger.db);
  auto programme = repo.GetProgramme(programme_id);
  if (!programme.ok() || programme->district_code != ledger.district()) {
    return InvalidArgument("工程不存在 no programme " + std::to_string(programme_id), "programme_id");
  }
  return repo.InsertProject({0, ledger.district(), programme_id, name, description});
}

Result<store::LedgerTaskRecord> CreateTask(const Ledger& ledger, const NewTask& task) {
  SW_RETURN_IF_ERROR(MayPlanLedger(ledger.actor));
  SW_RETURN_IF_ERROR(CheckUserText(task.name, "name", kMaxName, true));
  store::LedgerRepository repo(ledger.db);
  auto project = repo.GetProject(task.project_id);
  if (!project.ok() || project->district_code != ledger.district()) {
    return InvalidArgument("项目不存在 no project " + std::to_string(task.project_id), "project_id");
  }
  SW_ASSIGN_OR_RETURN(LocalDate starts, DateField(task.starts_on, "starts_on"));
  SW_ASSIGN_OR_RETURN(LocalDate ends, DateField(task.ends_on, "ends_on"));
  if (std::chrono::sys_days{ends} < std::chrono::sys_days{starts}) {
    return InvalidArgument("任务结束日期早于开始日期 the task ends before it starts", "ends_on");
  }
  SW_ASSIGN_OR_RETURN(const store::UnitRecord* unit, UnitField(ledger, task.unit_code, "unit_code"));
  return repo.InsertTask(
      {0, ledger.district(), task.project_id, task.name, FormatDate(starts), FormatDate(ends), unit->id, 0});
}

Result<store::LedgerMilestoneRecord> CreateMilestone(const Ledger& ledger, const NewMilestone& milestone) {
  SW_RETURN_IF_ERROR(MayPlanLedger(ledger.actor));
  SW_RETURN_IF_ERROR(CheckUserText(milestone.name, "name", kMaxName, true));
  SW_RETURN_IF_ERROR(CheckUserText(milestone.deliverables, "deliverables", kMaxText, false));
  SW_ASSIGN_OR_RETURN(auto task, TaskOfDistrict(ledger, milestone.task_id));
  SW_ASSIGN_OR_RETURN(LocalDate due, DateField(milestone.due_on, "due_on"));
  const std::string due_on = FormatDate(due);
  if (due_on < task.starts_on) {
    return InvalidArgument(
        "节点到期日早于任务开始日期 " + task.starts_on + " the milestone is due before its task starts",
        "due_on");
  }
  if (due_on > task.ends_on) {
    return InvalidArgument(
        "节点到期日晚于任务结束日期 " + task.ends_on + " the milestone is due after its task ends", "due_on");
  }
  if (!ledger.calendar.IsWorkday(due)) {
    return InvalidArgument("节点到期日应为工作日 the milestone must be due on a working day", "due_on");
  }
  if (milestone.weight < 1 || milestone.weight > 100) {
    return InvalidArgument("权重应在 1 到 100 之间 weight must be from 1 to 100", "weight");
  }
  SW_ASSIGN_OR_RETURN(const store::UnitRecord* unit, UnitField(ledger, milestone.unit_code, "unit_code"));
  SW_ASSIGN_OR_RETURN(auto leader, LeaderField(ledger, milestone.leader_username));
  SW_RETURN_IF_ERROR(CheckDependencies(ledger, milestone.depends_on, due_on));
  store::LedgerMilestoneRecord m;
  m.district_code = ledger.district();
  m.task_id = task.id;
  m.name = milestone.name;
  m.deliverables = milestone.deliverables;
  m.due_on = due_on;
  m.unit_id = unit->id;
  m.leader_id = leader;
  m.weight = milestone.weight;
  m.state = ledger.workflow.initial();
  m.created_at = ledger.clock.Now();
  m.depends_on = milestone.depends_on;
  return store::LedgerRepository(ledger.db).InsertMilestone(std::move(m));
}

Result<store::LedgerMilestoneRecord> SetDependencies(const Ledger& ledger, store::Id milestone_id,
                                                     const std::vector<store::Id>& depends_on) {
  SW_RETURN_IF_ERROR(MayPlanLedger(ledger.actor));
  SW_ASSIGN_OR_RETURN(auto milestone, FindMilestone(ledger, milestone_id));
  SW_RETURN_IF_ERROR(CheckNoCycle(ledger, milestone.id, depends_on));
  SW_RETURN_IF_ERROR(CheckDependencies(ledger, depends_on, milestone.due_on));
  store::LedgerRepository repo(ledger.db);
  SW_RETURN_IF_ERROR(repo.ReplaceDependencies(milestone.id, depends_on));
  return repo.GetMilestone(milestone.id);
}

Result<LedgerOutline> Outline(const Ledger& ledger) {
  SW_RETURN_IF_ERROR(MayReadLedger(ledger.actor));
  store::LedgerRepository repo(ledger.db);
  LedgerOutline out;
  SW_ASSIGN_OR_RETURN(out.programmes, repo.Programmes(ledger.district()));
  SW_ASSIGN_OR_RETURN(out.projects, repo.Projects(ledger.district()));
  SW_ASSIGN_OR_RETURN(out.tasks, repo.Tasks(ledger.district()));
  return out;
}

Result<MilestonePage> ListMilestones(const Ledger& ledger, const LedgerFilter& filter) {
  SW_RETURN_IF_ERROR(MayReadLedger(ledger.actor));
  SW_ASSIGN_OR_RETURN(store::MilestoneQuery query, QueryOf(ledger, filter));
  if (org::ScopeKindOf(ledger.actor.role) != "district" && query.unit_ids.empty()) return MilestonePage{};
  store::LedgerRepository repo(ledger.db);
  MilestonePage page;
  SW_ASSIGN_OR_RETURN(page.items, repo.Milestones(query));
  SW_ASSIGN_OR_RETURN(page.total, repo.CountMilestones(query));
  return page;
}

Result<store::LedgerMilestoneRecord> FindMilestone(const Ledger& ledger, store::Id id) {
  SW_RETURN_IF_ERROR(MayReadLedger(ledger.actor));
  auto m = store::LedgerRepository(ledger.db).GetMilestone(id);
  if (!m.ok() || m->district_code != ledger.district() ||
      !SeesLedgerOf(ledger.org, ledger.actor, m->unit_id)) {
    return NotFound("任务节点不存在 no such milestone");
  }
  return m;
}

Result<std::vector<store::LedgerEventRecord>> MilestoneEvents(const Ledger& ledger, store::Id id) {
  SW_ASSIGN_OR_RETURN(auto m, FindMilestone(ledger, id));
  return store::LedgerRepository(ledger.db).Events(m.id);
}

Result<store::LedgerMilestoneRecord> Act(const Ledger& ledger, store::Id id, const MilestoneAction& action) {
  SW_ASSIGN_OR_RETURN(auto current, FindMilestone(ledger, id));
  const cases::Transition* tr = ledger.workflow.Find(action.action, current.state);
  if (tr == nullptr && !ledger.workflow.HasAction(action.action)) {
    return InvalidArgument("未知的操作 unknown action '" + action.action + "'", "action");
  }
  SW_RETURN_IF_ERROR(CheckAction(ledger, tr, current, action));
  SW_RETURN_IF_ERROR(CheckDependenciesDone(ledger, *tr, current));
  store::LedgerMilestoneRecord changed = Changed(ledger, *tr, current, action);
  store::LedgerEventRecord event;
  event.district_code = ledger.district();
  event.milestone_id = current.id;
  event.at = ledger.clock.Now();
  event.user_id = ledger.actor.user_id;
  event.role = ledger.actor.role;
  event.action = tr->action;
  event.from_state = current.state;
  event.to_state = changed.state;
  if (tr->effect_name == "report") event.percent = action.percent;
  event.note = action.note;
  store::LedgerRepository repo(ledger.db);
  SW_RETURN_IF_ERROR(ledger.db.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(store::Id event_id, repo.Move(changed, current.state, event));
    if (tr->effect_name != "report") return Status::Ok();
    // The report takes the evidence uploaded since the one before it (ledger_evidence.h).
    return store::EvidenceRepository(ledger.db).ClaimForEvent(current.id, event_id).status();
  }));
  return repo.GetMilestone(current.id);
}

bool IsOverdue(const Ledger& ledger, const store::LedgerMilestoneRecord& milestone) {
  return ledger.workflow.IsOpen(milestone.state) && milestone.due_on < FormatDate(ledger.today());
}

std::vector<std::string> AllowedActions(const Ledger& ledger, const store::LedgerMilestoneRecord& milestone) {
  std::vector<std::string> out;
  for (const cases::Transition& tr : ledger.workflow.transitions()) {
    if (tr.StartsFrom(milestone.state) && tr.AllowsRole(ledger.actor.role) &&
        InMilestoneScope(tr, ledger.actor, milestone)) {
      out.push_back(tr.action);
    }
  }
  return out;
}

}  // namespace sanwang::governance
