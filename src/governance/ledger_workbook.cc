#include "governance/ledger_workbook.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "governance/ledger_access.h"
#include "governance/ledger_import_plan.h"

namespace sanwang::governance {
namespace {

// Writes the rows in `order`, reusing what the ledger has; the caller holds the transaction.
class RowWriter {
 public:
  RowWriter(const Ledger& ledger, ExistingLedger& existing, LedgerImportSummary& summary)
      : ledger_(ledger), existing_(existing), summary_(summary) {}

  Status Write(const PlannedRow& p) {
    SW_ASSIGN_OR_RETURN(store::Id programme, ProgrammeOf(*p.row));
    SW_ASSIGN_OR_RETURN(store::Id project, ProjectOf(programme, *p.row));
    SW_ASSIGN_OR_RETURN(store::Id task, TaskOf(project, p));
    if (const auto* m = existing_.Milestone(task, TrimmedCell(p.row->milestone))) {
      ids_[p.seq] = m->id;
      ++summary_.unchanged;
      return Status::Ok();
    }
    NewMilestone m{task,
                   TrimmedCell(p.row->milestone),
                   p.row->deliverables,
                   p.due_on(),
                   p.unit->code,
                   TrimmedCell(p.row->leader),
                   p.weight,
                   {}};
    for (int seq : p.depends_on) m.depends_on.push_back(ids_.at(seq));
    SW_ASSIGN_OR_RETURN(auto made, CreateMilestone(ledger_, m));
    existing_.AddMilestone(made);
    ids_[p.seq] = made.id;
    ++summary_.milestones;
    return Status::Ok();
  }

 private:
  Result<store::Id> ProgrammeOf(const LedgerRow& row) {
    const std::string name = TrimmedCell(row.programme);
    if (auto id = existing_.Programme(name)) return *id;
    SW_ASSIGN_OR_RETURN(auto made, CreateProgramme(ledger_, name, ""));
    existing_.AddProgramme(made);
    ++summary_.programmes;
    return made.id;
  }
  Result<store::Id> ProjectOf(store::Id programme, const LedgerRow& row) {
    const std::string name = TrimmedCell(row.project);
    if (auto id = existing_.Project(programme, name)) return *id;
    SW_ASSIGN_OR_RETURN(auto made, CreateProject(ledger_, programme, name, ""));
    existing_.AddProject(made);
    ++summary_.projects;
    return made.id;
  }
  Result<store::Id> TaskOf(store::Id project, const PlannedRow& p) {
    const std::string name = TrimmedCell(p.row->task);
    if (const auto* task = existing_.Task(project, name)) return task->id;
    SW_ASSIGN_OR_RETURN(auto made, CreateTask(ledger_, {project, name, FormatDate(*p.starts),
                                                        FormatDate(*p.ends), p.task_unit->code}));
    existing_.AddTask(made);
    ++summary_.tasks;
    return made.id;
  }

  const Ledger& ledger_;
  ExistingLedger& existing_;
  LedgerImportSummary& summary_;
  std::map<int, store::Id> ids_;  // by 序号
};

}  // namespace

std::string UnitCell(const store::UnitRecord& unit) { return unit.name + "（" + unit.code + "）"; }

std::string LedgerWorkbookTitle(const Ledger& ledger) {
  const store::UnitRecord* root = ledger.org.Root();
  return (root ? root->name : "") + "任务台账（" + FormatDate(ledger.today()) + " 导出）";
}

Result<std::vector<LedgerRow>> ExportLedgerRows(const Ledger& ledger) {
  SW_ASSIGN_OR_RETURN(LedgerOutline outline, Outline(ledger));
  SW_ASSIGN_OR_RETURN(auto milestones, EveryMilestoneSeen(ledger));
  std::stable_sort(milestones.begin(), milestones.end(), [](const auto& a, const auto& b) {
    return std::tie(a.programme_id, a.project_id, a.task_id, a.due_on, a.id) <
           std::tie(b.programme_id, b.project_id, b.task_id, b.due_on, b.id);
  });
  std::map<store::Id, const store::LedgerTaskRecord*> tasks;
  for (const auto& t : outline.tasks) tasks[t.id] = &t;
  std::map<store::Id, int> seq_of;
  for (const auto& m : milestones) seq_of.emplace(m.id, static_cast<int>(seq_of.size()) + 1);
  std::vector<LedgerRow> rows;
  for (const auto& m : milestones) {
    const store::LedgerTaskRecord& task = *tasks.at(m.task_id);
    const store::UnitRecord* task_unit = ledger.org.Find(task.unit_id);
    LedgerRow r;
    r.seq = std::to_string(seq_of.at(m.id));
    r.programme = m.programme_name;
    r.project = m.project_name;
    r.task = m.task_name;
    r.task_starts_on = task.starts_on;
    r.task_ends_on = task.ends_on;
    r.task_unit = task_unit ? UnitCell(*task_unit) : "";
    r.milestone = m.name;
    r.deliverables = m.deliverables;
    r.due_on = m.due_on;
    r.unit = m.unit_name + "（" + m.unit_code + "）";
    r.leader = m.leader_username;
    r.weight = std::to_string(m.weight);
    for (store::Id id : m.depends_on) {
      if (seq_of.count(id))
        r.depends_on += (r.depends_on.empty() ? "" : "、") + std::to_string(seq_of.at(id));
    }
    const cases::WorkflowState* state = ledger.workflow.FindState(m.state);
    r.state = state ? state->label : m.state;
    r.percent = std::to_string(m.percent);
    rows.push_back(std::move(r));
  }
  return rows;
}

Result<LedgerImportSummary> ImportLedgerRows(const Ledger& ledger, const std::vector<LedgerRow>& rows,
                                             bool dry_run) {
  SW_RETURN_IF_ERROR(MayPlanLedger(ledger.actor));
  if (rows.empty()) return InvalidArgument("台账文件中没有节点行 the file has no milestone rows", "rows");
  LedgerImportSummary summary;
  summary.rows = static_cast<int>(rows.size());
  for (const LedgerRow& row : rows) {
    if (!TrimmedCell(row.state).empty() || !TrimmedCell(row.percent).empty()) ++summary.states_ignored;
  }
  // The ledger is read, checked against and written in one transaction, so that nothing
  // changes between the checks and the writes.
  bool rolled_back_on_purpose = false;
  Status written = ledger.db.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(ExistingLedger existing, ExistingLedger::Load(ledger));
    SW_ASSIGN_OR_RETURN(std::vector<PlannedRow> plan, PlanImport(ledger, rows, existing));
    RowWriter writer(ledger, existing, summary);
    for (const PlannedRow& p : plan) {
      Status s = writer.Write(p);
      if (!s.ok()) {
        RowErrors errors;
        errors.Add(p.row->line, "节点", "未能写入", s.message());
        return errors.ToStatus();
      }
    }
    if (!dry_run) return Status::Ok();
    rolled_back_on_purpose = true;
    return FailedPrecondition("试导入，不写入 dry run: nothing written");
  });
  if (rolled_back_on_purpose) return summary;
  SW_RETURN_IF_ERROR(written);
  summary.written = true;
  return summary;
}

}  // namespace sanwang::governance