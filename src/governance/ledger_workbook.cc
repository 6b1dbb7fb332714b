#include "governance/ledger_workbook.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <functional>
#include <map>
#include <set>
#include <tuple>

#include "core/text.h"
#include "governance/ledger_access.h"
#include "org/roles.h"
#include "store/user_repository.h"

namespace sanwang::governance {
namespace {

constexpr std::size_t kMaxName = 200;
constexpr std::size_t kMaxText = 4000;
constexpr std::size_t kMaxErrorsShown = 200;
constexpr std::int64_t kPage = 500;

std::string Trimmed(const std::string& text) { return std::string(TrimAscii(text)); }

// Every bad cell of the file, each "第 7 行 完成时限：… Row 7, 完成时限: …".
class RowErrors {
 public:
  void Add(int line, const std::string& column, const std::string& zh, const std::string& en) {
    const std::string n = std::to_string(line);
    messages_.push_back(
        {line, "第 " + n + " 行 " + column + "：" + zh + " Row " + n + ", " + column + ": " + en});
  }
  bool empty() const { return messages_.empty(); }
  // In the order of the sheet's rows.
  Status ToStatus() {
    std::stable_sort(messages_.begin(), messages_.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    const std::string n = std::to_string(messages_.size());
    std::string text =
        "台账文件有 " + n + " 处错误，未导入任何内容 the file has " + n + " errors; nothing was imported";
    for (std::size_t i = 0; i < messages_.size() && i < kMaxErrorsShown; ++i)
      text += "\n" + messages_[i].second;
    if (messages_.size() > kMaxErrorsShown) {
      const std::string more = std::to_string(messages_.size() - kMaxErrorsShown);
      text += "\n……另有 " + more + " 处 and " + more + " more";
    }
    return InvalidArgument(text, "rows");
  }

 private:
  std::vector<std::pair<int, std::string>> messages_;  // by the sheet's row
};

std::optional<std::int64_t> WholeNumber(const std::string& text) {
  std::int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (!text.empty() && error == std::errc() && end == text.data() + text.size()) return value;
  // A number cell may come back as "10.0".
  double real = 0;
  auto [rend, rerror] = std::from_chars(text.data(), text.data() + text.size(), real);
  if (text.empty() || rerror != std::errc() || rend != text.data() + text.size()) return std::nullopt;
  if (real != static_cast<double>(static_cast<std::int64_t>(real))) return std::nullopt;
  return static_cast<std::int64_t>(real);
}

// 2026-06-30, 2026/6/30, 2026.6.30 or 2026年6月30日.
std::optional<LocalDate> CellDate(const std::string& text) {
  std::vector<int> parts;
  std::string rest = text;
  for (std::string_view sep : {"年", "月", "日", "/", "."}) {
    for (auto at = rest.find(sep); at != std::string::npos; at = rest.find(sep))
      rest.replace(at, sep.size(), "-");
  }
  if (!rest.empty() && rest.back() == '-') rest.pop_back();
  std::size_t start = 0;
  while (start <= rest.size()) {
    const std::size_t end = std::min(rest.find('-', start), rest.size());
    int value = 0;
    auto [p, error] = std::from_chars(rest.data() + start, rest.data() + end, value);
    if (end == start || error != std::errc() || p != rest.data() + end) return std::nullopt;
    parts.push_back(value);
    start = end + 1;
  }
  if (parts.size() != 3 || parts[0] < 1000) return std::nullopt;
  LocalDate date{std::chrono::year{parts[0]}, std::chrono::month{static_cast<unsigned>(parts[1])},
                 std::chrono::day{static_cast<unsigned>(parts[2])}};
  if (!date.ok()) return std::nullopt;
  return date;
}

// "名称（代码）", "名称(代码)" or the code alone.
std::pair<std::string, std::string> NameAndCode(const std::string& text) {
  for (auto [open, close] : {std::pair{"（", "）"}, std::pair{"(", ")"}}) {
    const std::string_view c(close);
    if (text.size() > c.size() && text.compare(text.size() - c.size(), c.size(), c) == 0) {
      const auto at = text.rfind(open);
      if (at == std::string::npos) break;
      const std::size_t from = at + std::string_view(open).size();
      return {Trimmed(text.substr(0, at)), Trimmed(text.substr(from, text.size() - c.size() - from))};
    }
  }
  return {"", text};
}

// The milestones the caller sees, all pages of them.
Result<std::vector<store::LedgerMilestoneRecord>> AllMilestones(const Ledger& ledger) {
  LedgerFilter filter;
  filter.limit = kPage;
  std::vector<store::LedgerMilestoneRecord> out;
  for (;;) {
    filter.offset = static_cast<std::int64_t>(out.size());
    SW_ASSIGN_OR_RETURN(MilestonePage page, ListMilestones(ledger, filter));
    out.insert(out.end(), page.items.begin(), page.items.end());
    if (page.items.empty() || static_cast<std::int64_t>(out.size()) >= page.total) return out;
  }
}

// What the ledger already holds, by name, and what the import adds to it as it goes.
class ExistingLedger {
 public:
  static Result<ExistingLedger> Load(const Ledger& ledger) {
    ExistingLedger e;
    SW_ASSIGN_OR_RETURN(LedgerOutline outline, Outline(ledger));
    for (const auto& p : outline.programmes) e.programmes_[p.name] = p.id;
    for (const auto& p : outline.projects) e.projects_[{p.programme_id, p.name}] = p.id;
    for (const auto& t : outline.tasks) e.AddTask(t);
    SW_ASSIGN_OR_RETURN(auto milestones, AllMilestones(ledger));
    for (const auto& m : milestones) e.AddMilestone(m);
    return e;
  }

  std::optional<store::Id> Programme(const std::string& name) const { return Find(programmes_, name); }
  std::optional<store::Id> Project(store::Id programme, const std::string& name) const {
    return Find(projects_, std::pair{programme, name});
  }
  const store::LedgerTaskRecord* Task(store::Id project, const std::string& name) const {
    auto it = tasks_.find({project, name});
    return it == tasks_.end() ? nullptr : &it->second;
  }
  const store::LedgerMilestoneRecord* Milestone(store::Id task, const std::string& name) const {
    auto it = milestones_.find({task, name});
    return it == milestones_.end() ? nullptr : &it->second;
  }
  // The task a row names, when the ledger has it.
  const store::LedgerTaskRecord* TaskOf(const LedgerRow& row) const {
    auto programme = Programme(Trimmed(row.programme));
    auto project = programme ? Project(*programme, Trimmed(row.project)) : std::nullopt;
    return project ? Task(*project, Trimmed(row.task)) : nullptr;
  }

  void AddProgramme(const store::LedgerProgrammeRecord& p) { programmes_[p.name] = p.id; }
  void AddProject(const store::LedgerProjectRecord& p) { projects_[{p.programme_id, p.name}] = p.id; }
  void AddTask(const store::LedgerTaskRecord& t) { tasks_[{t.project_id, t.name}] = t; }
  void AddMilestone(const store::LedgerMilestoneRecord& m) { milestones_[{m.task_id, m.name}] = m; }

 private:
  template <typename Map, typename Key>
  static std::optional<store::Id> Find(const Map& map, const Key& key) {
    auto it = map.find(key);
    return it == map.end() ? std::nullopt : std::optional<store::Id>(it->second);
  }

  std::map<std::string, store::Id> programmes_;
  std::map<std::pair<store::Id, std::string>, store::Id> projects_;
  std::map<std::pair<store::Id, std::string>, store::LedgerTaskRecord> tasks_;
  std::map<std::pair<store::Id, std::string>, store::LedgerMilestoneRecord> milestones_;
};

// A row once its cells are read: what the import will lay out.
struct PlannedRow {
  const LedgerRow* row = nullptr;
  int seq = 0;
  std::optional<LocalDate> starts, ends, due;
  const store::UnitRecord* task_unit = nullptr;
  const store::UnitRecord* unit = nullptr;
  std::int64_t weight = 1;
  std::vector<int> depends_on;  // 序号
  const store::LedgerMilestoneRecord* existing = nullptr;

  std::string TaskKey() const {
    return Trimmed(row->programme) + "\x1f" + Trimmed(row->project) + "\x1f" + Trimmed(row->task);
  }
  std::string due_on() const { return due ? FormatDate(*due) : ""; }
};

// Reads one row's cells, adding an error for each bad one.
class RowReader {
 public:
  RowReader(const Ledger& ledger, RowErrors& errors) : ledger_(ledger), errors_(errors) {}

  PlannedRow Read(const LedgerRow& row) {
    PlannedRow p;
    p.row = &row;
    line_ = row.line;
    if (auto seq = WholeNumber(Trimmed(row.seq)); seq && *seq > 0 && *seq < 1000000) {
      p.seq = static_cast<int>(*seq);
    } else {
      Error("序号", "应为正整数，而不是「" + row.seq + "」",
            "must be a positive whole number, not '" + row.seq + "'");
    }
    Name("工程", row.programme, kMaxName);
    Name("项目", row.project, kMaxName);
    Name("任务", row.task, kMaxName);
    Name("节点", row.milestone, kMaxName);
    Text("交付成果", row.deliverables, kMaxText);
    p.starts = Date("任务开始", row.task_starts_on);
    p.ends = Date("任务结束", row.task_ends_on);
    p.due = Date("完成时限", row.due_on);
    p.task_unit = Unit("牵头单位", row.task_unit);
    p.unit = Unit("责任单位", row.unit);
    Leader(Trimmed(row.leader));
    p.weight = Weight(Trimmed(row.weight));
    p.depends_on = Dependencies(row.depends_on);
    CheckPeriod(p);
    return p;
  }

  void Error(const std::string& column, const std::string& zh, const std::string& en) {
    errors_.Add(line_, column, zh, en);
  }

 private:
  void Name(const std::string& column, const std::string& text, std::size_t max) {
    if (Trimmed(text).empty()) return Error(column, "不能为空", "must not be blank");
    Text(column, text, max);
  }
  void Text(const std::string& column, const std::string& text, std::size_t max) {
    Status s = CheckUserText(text, column, max, false);
    if (!s.ok()) Error(column, "内容无效", s.message());
  }

  std::optional<LocalDate> Date(const std::string& column, const std::string& text) {
    auto date = CellDate(Trimmed(text));
    if (!date) Error(column, "「" + text + "」不是有效日期", text + " is not a valid date");
    return date;
  }

  const store::UnitRecord* Unit(const std::string& column, const std::string& text) {
    auto [name, code] = NameAndCode(Trimmed(text));
    const store::UnitRecord* unit = ledger_.org.FindByCode(code);
    if (unit == nullptr) {
      Error(column, "单位「" + text + "」不存在", "no unit '" + text + "'");
    } else if (!name.empty() && name != unit->name) {
      Error(column, "单位名称「" + name + "」与代码 " + code + "（" + unit->name + "）不符",
            "the name '" + name + "' is not that of unit " + code + " (" + unit->name + ")");
      return nullptr;
    }
    return unit;
  }

  void Leader(const std::string& username) {
    if (username.empty()) return;
    auto known = leaders_.find(username);
    if (known == leaders_.end()) {
      auto user = store::UserRepository(ledger_.db).FindByUsername(username);
      const bool staff = user.ok() && *user && (*user)->district_code == ledger_.district() &&
                         org::InSet(org::StaffRoles(), (*user)->role);
      known = leaders_.emplace(username, staff).first;
    }
    if (!known->second) {
      Error("责任领导", "「" + username + "」不是本区工作人员账号",
            "'" + username + "' is not a staff account of the district");
    }
  }

  std::int64_t Weight(const std::string& text) {
    if (text.empty()) return 1;
    auto weight = WholeNumber(text);
    if (!weight || *weight < 1 || *weight > 100) {
      Error("权重", "应为 1 到 100 之间的整数，而不是「" + text + "」",
            "must be a whole number from 1 to 100, not '" + text + "'");
      return 1;
    }
    return *weight;
  }

  std::vector<int> Dependencies(const std::string& text) {
    std::string list = text;
    for (std::string_view sep : {"、", "，", ";", "；"}) {
      for (auto at = list.find(sep); at != std::string::npos; at = list.find(sep))
        list.replace(at, sep.size(), ",");
    }
    std::vector<int> out;
    std::size_t start = 0;
    while (start < list.size()) {
      const std::size_t end = std::min(list.find(',', start), list.size());
      const std::string item = Trimmed(list.substr(start, end - start));
      start = end + 1;
      if (item.empty()) continue;
      auto seq = WholeNumber(item);
      if (!seq || *seq <= 0 || *seq >= 1000000) {
        Error("前置节点", "「" + item + "」不是序号", "'" + item + "' is not a row's 序号");
        continue;
      }
      out.push_back(static_cast<int>(*seq));
    }
    return out;
  }

  // The task's period holds the due date, which is a working day.
  void CheckPeriod(const PlannedRow& p) {
    if (p.starts && p.ends && std::chrono::sys_days{*p.ends} < std::chrono::sys_days{*p.starts}) {
      Error("任务结束", "早于任务开始日期 " + FormatDate(*p.starts), "is before the task starts");
    }
    if (!p.due) return;
    const std::string due = FormatDate(*p.due);
    if (p.starts && due < FormatDate(*p.starts)) {
      Error("完成时限", due + " 早于任务开始日期 " + FormatDate(*p.starts),
            due + " is before the task starts (" + FormatDate(*p.starts) + ")");
    }
    if (p.ends && due > FormatDate(*p.ends)) {
      Error("完成时限", due + " 晚于任务结束日期 " + FormatDate(*p.ends),
            due + " is after the task ends (" + FormatDate(*p.ends) + ")");
    }
    if (!ledger_.calendar.IsWorkday(*p.due)) {
      Error("完成时限", due + " 不是工作日", due + " is not a working day");
    }
  }

  const Ledger& ledger_;
  RowErrors& errors_;
  int line_ = 0;
  std::map<std::string, bool> leaders_;
};

// The rows of one task agree on its period and leading unit, and with the ledger's task.
void CheckTasks(const std::vector<PlannedRow>& plan, const ExistingLedger& existing, RowErrors& errors) {
  std::map<std::string, const PlannedRow*> first;
  for (const PlannedRow& p : plan) {
    auto [it, added] = first.emplace(p.TaskKey(), &p);
    const LedgerRow& a = *it->second->row;
    const LedgerRow& b = *p.row;
    if (!added && (it->second->starts != p.starts || it->second->ends != p.ends ||
                   it->second->task_unit != p.task_unit)) {
      const std::string at = std::to_string(a.line);
      errors.Add(b.line, "任务", "「" + b.task + "」的开始、结束日期或牵头单位与第 " + at + " 行不同",
                 "the task's dates or leading unit differ from row " + at);
    }
    const store::LedgerTaskRecord* task = existing.TaskOf(b);
    if (added && task != nullptr && p.starts && p.ends && p.task_unit &&
        (task->starts_on != FormatDate(*p.starts) || task->ends_on != FormatDate(*p.ends) ||
         task->unit_id != p.task_unit->id)) {
      errors.Add(b.line, "任务",
                 "台账中已有任务「" + b.task + "」（" + task->starts_on + " 至 " + task->ends_on +
                     "），其日期或牵头单位与本行不同",
                 "the ledger's task (" + task->starts_on + " to " + task->ends_on +
                     ") has other dates or another leading unit");
    }
  }
}

// 序号 are unique, each dependency names a row of the file and a milestone is named once a task.
void CheckSeqs(const std::vector<PlannedRow>& plan, RowErrors& errors) {
  std::map<int, int> line_of_seq;
  std::set<std::pair<std::string, std::string>> names;
  for (const PlannedRow& p : plan) {
    if (p.seq == 0) continue;
    auto [it, added] = line_of_seq.emplace(p.seq, p.row->line);
    if (!added) {
      const std::string at = std::to_string(it->second);
      errors.Add(p.row->line, "序号", std::to_string(p.seq) + " 与第 " + at + " 行重复",
                 std::to_string(p.seq) + " is also row " + at + "'s");
    }
    if (!names.insert({p.TaskKey(), Trimmed(p.row->milestone)}).second) {
      errors.Add(p.row->line, "节点", "同一任务下已有节点「" + p.row->milestone + "」",
                 "the task has another row of the same milestone");
    }
  }
  for (const PlannedRow& p : plan) {
    for (int seq : p.depends_on) {
      if (seq == p.seq) {
        errors.Add(p.row->line, "前置节点", "节点不能依赖自身", "a milestone cannot depend on itself");
      } else if (!line_of_seq.count(seq)) {
        errors.Add(p.row->line, "前置节点", "没有序号为 " + std::to_string(seq) + " 的行",
                   "no row has 序号 " + std::to_string(seq));
      }
    }
  }
}

// The index of each 序号's row.
std::map<int, std::size_t> RowsBySeq(const std::vector<PlannedRow>& plan) {
  std::map<int, std::size_t> out;
  for (std::size_t i = 0; i < plan.size(); ++i) out.emplace(plan[i].seq, i);
  return out;
}

// A new milestone is due no earlier than each milestone it depends on.
void CheckDueOrder(const std::vector<PlannedRow>& plan, RowErrors& errors) {
  const auto by_seq = RowsBySeq(plan);
  for (const PlannedRow& p : plan) {
    if (p.existing != nullptr || !p.due) continue;
    for (int seq : p.depends_on) {
      auto it = by_seq.find(seq);
      if (it == by_seq.end() || seq == p.seq) continue;
      const PlannedRow& other = plan[it->second];
      const std::string other_due = other.existing ? other.existing->due_on : other.due_on();
      if (!other_due.empty() && other_due > p.due_on()) {
        errors.Add(
            p.row->line, "完成时限",
            p.due_on() + " 早于所依赖的第 " + std::to_string(other.row->line) + " 行的完成时限 " + other_due,
            p.due_on() + " is before the due date of row " + std::to_string(other.row->line) +
                " it depends on (" + other_due + ")");
      }
    }
  }
}

// Each cycle among the file's dependencies, reported once at the row where it closes;
// returns the rows in an order where every row comes after those it depends on.
std::vector<std::size_t> OrderOrCycles(const std::vector<PlannedRow>& plan, RowErrors& errors) {
  const auto by_seq = RowsBySeq(plan);
  std::vector<int> mark(plan.size(), 0);  // 0 unseen, 1 on the path, 2 done
  std::vector<std::size_t> order, path;
  std::function<void(std::size_t)> visit = [&](std::size_t i) {
    mark[i] = 1;
    path.push_back(i);
    for (int seq : plan[i].depends_on) {
      auto it = by_seq.find(seq);
      if (it == by_seq.end() || it->second == i) continue;
      if (mark[it->second] == 1) {
        std::string along;
        auto from = std::find(path.begin(), path.end(), it->second);
        for (auto p = from; p != path.end(); ++p) along += std::to_string(plan[*p].seq) + " → ";
        along += std::to_string(seq);
        errors.Add(plan[i].row->line, "前置节点", "依赖关系成环（序号 " + along + "）",
                   "the dependencies form a cycle (序号 " + along + ")");
      } else if (mark[it->second] == 0) {
        visit(it->second);
      }
    }
    path.pop_back();
    mark[i] = 2;
    order.push_back(i);
  };
  for (std::size_t i = 0; i < plan.size(); ++i) {
    if (mark[i] == 0) visit(i);
  }
  return order;
}

// Writes the rows in `order`, reusing what the ledger has; the caller holds the transaction.
class RowWriter {
 public:
  RowWriter(const Ledger& ledger, ExistingLedger& existing, LedgerImportSummary& summary)
      : ledger_(ledger), existing_(existing), summary_(summary) {}

  Status Write(const PlannedRow& p) {
    SW_ASSIGN_OR_RETURN(store::Id programme, ProgrammeOf(*p.row));
    SW_ASSIGN_OR_RETURN(store::Id project, ProjectOf(programme, *p.row));
    SW_ASSIGN_OR_RETURN(store::Id task, TaskOf(project, p));
    if (const auto* m = existing_.Milestone(task, Trimmed(p.row->milestone))) {
      ids_[p.seq] = m->id;
      ++summary_.unchanged;
      return Status::Ok();
    }
    NewMilestone m{task,
                   Trimmed(p.row->milestone),
                   p.row->deliverables,
                   p.due_on(),
                   p.unit->code,
                   Trimmed(p.row->leader),
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
    const std::string name = Trimmed(row.programme);
    if (auto id = existing_.Programme(name)) return *id;
    SW_ASSIGN_OR_RETURN(auto made, CreateProgramme(ledger_, name, ""));
    existing_.AddProgramme(made);
    ++summary_.programmes;
    return made.id;
  }
  Result<store::Id> ProjectOf(store::Id programme, const LedgerRow& row) {
    const std::string name = Trimmed(row.project);
    if (auto id = existing_.Project(programme, name)) return *id;
    SW_ASSIGN_OR_RETURN(auto made, CreateProject(ledger_, programme, name, ""));
    existing_.AddProject(made);
    ++summary_.projects;
    return made.id;
  }
  Result<store::Id> TaskOf(store::Id project, const PlannedRow& p) {
    const std::string name = Trimmed(p.row->task);
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

// Checks every row; the plan in writing order, or every error.
Result<std::vector<PlannedRow>> Plan(const Ledger& ledger, const std::vector<LedgerRow>& rows,
                                     const ExistingLedger& existing) {
  RowErrors errors;
  RowReader reader(ledger, errors);
  std::vector<PlannedRow> plan;
  for (const LedgerRow& row : rows) {
    plan.push_back(reader.Read(row));
    if (const auto* task = existing.TaskOf(row))
      plan.back().existing = existing.Milestone(task->id, Trimmed(row.milestone));
  }
  CheckSeqs(plan, errors);
  CheckTasks(plan, existing, errors);
  CheckDueOrder(plan, errors);
  std::vector<std::size_t> order = OrderOrCycles(plan, errors);
  if (!errors.empty()) return errors.ToStatus();
  std::vector<PlannedRow> ordered;
  ordered.reserve(order.size());
  for (std::size_t i : order) ordered.push_back(plan[i]);
  return ordered;
}

}  // namespace

std::string UnitCell(const store::UnitRecord& unit) { return unit.name + "（" + unit.code + "）"; }

std::string LedgerWorkbookTitle(const Ledger& ledger) {
  const store::UnitRecord* root = ledger.org.Root();
  return (root ? root->name : "") + "任务台账（" + FormatDate(ledger.today()) + " 导出）";
}

Result<std::vector<LedgerRow>> ExportLedgerRows(const Ledger& ledger) {
  SW_ASSIGN_OR_RETURN(LedgerOutline outline, Outline(ledger));
  SW_ASSIGN_OR_RETURN(auto milestones, AllMilestones(ledger));
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
  SW_ASSIGN_OR_RETURN(ExistingLedger existing, ExistingLedger::Load(ledger));
  SW_ASSIGN_OR_RETURN(std::vector<PlannedRow> plan, Plan(ledger, rows, existing));
  LedgerImportSummary summary;
  summary.rows = static_cast<int>(rows.size());
  for (const LedgerRow& row : rows) {
    if (!Trimmed(row.state).empty() || !Trimmed(row.percent).empty()) ++summary.states_ignored;
  }
  bool rolled_back_on_purpose = false;
  Status written = ledger.db.InTransaction([&]() -> Status {
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
