#include "governance/ledger_import_plan.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <functional>
#include <set>

#include "org/roles.h"
#include "store/user_repository.h"

namespace sanwang::governance {
namespace {

constexpr std::size_t kMaxName = 200;
constexpr std::size_t kMaxText = 4000;
constexpr std::int64_t kPage = 500;

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
      return {TrimmedCell(text.substr(0, at)), TrimmedCell(text.substr(from, text.size() - c.size() - from))};
    }
  }
  return {"", text};
}

// Reads one row's cells, adding an error for each bad one.
class RowReader {
 public:
  RowReader(const Ledger& ledger, RowErrors& errors) : ledger_(ledger), errors_(errors) {}

  PlannedRow Read(const LedgerRow& row) {
    PlannedRow p;
    p.row = &row;
    line_ = row.line;
    if (auto seq = WholeNumber(TrimmedCell(row.seq)); seq && *seq > 0 && *seq < 1000000) {
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
    Leader(TrimmedCell(row.leader));
    p.weight = Weight(TrimmedCell(row.weight));
    p.depends_on = Dependencies(row.depends_on);
    CheckPeriod(p);
    return p;
  }

  void Error(const std::string& column, const std::string& zh, const std::string& en) {
    errors_.Add(line_, column, zh, en);
  }

 private:
  void Name(const std::string& column, const std::string& text, std::size_t max) {
    if (TrimmedCell(text).empty()) return Error(column, "不能为空", "must not be blank");
    Text(column, text, max);
  }
  void Text(const std::string& column, const std::string& text, std::size_t max) {
    Status s = CheckUserText(text, column, max, false);
    if (!s.ok()) Error(column, "内容无效", s.message());
  }

  std::optional<LocalDate> Date(const std::string& column, const std::string& text) {
    auto date = CellDate(TrimmedCell(text));
    if (!date) Error(column, "「" + text + "」不是有效日期", text + " is not a valid date");
    return date;
  }

  const store::UnitRecord* Unit(const std::string& column, const std::string& text) {
    auto [name, code] = NameAndCode(TrimmedCell(text));
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
      const std::string item = TrimmedCell(list.substr(start, end - start));
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
    if (!names.insert({p.TaskKey(), TrimmedCell(p.row->milestone)}).second) {
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

}  // namespace

Result<std::vector<store::LedgerMilestoneRecord>> EveryMilestoneSeen(const Ledger& ledger) {
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

Result<ExistingLedger> ExistingLedger::Load(const Ledger& ledger) {
  ExistingLedger e;
  SW_ASSIGN_OR_RETURN(LedgerOutline outline, Outline(ledger));
  for (const auto& p : outline.programmes) e.programmes_[p.name] = p.id;
  for (const auto& p : outline.projects) e.projects_[{p.programme_id, p.name}] = p.id;
  for (const auto& t : outline.tasks) e.AddTask(t);
  SW_ASSIGN_OR_RETURN(auto milestones, EveryMilestoneSeen(ledger));
  for (const auto& m : milestones) e.AddMilestone(m);
  return e;
}

Result<std::vector<PlannedRow>> PlanImport(const Ledger& ledger, const std::vector<LedgerRow>& rows,
                                           const ExistingLedger& existing) {
  RowErrors errors;
  RowReader reader(ledger, errors);
  std::vector<PlannedRow> plan;
  for (const LedgerRow& row : rows) {
    plan.push_back(reader.Read(row));
    if (const auto* task = existing.TaskOf(row))
      plan.back().existing = existing.Milestone(task->id, TrimmedCell(row.milestone));
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

}  // namespace sanwang::governance
