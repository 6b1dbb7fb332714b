// The checking half of the workbook import (ledger_workbook.h): what the ledger already
// holds by name, each row read and checked (every bad cell reported with its row and
// column), the checks across rows (序号, a task's period, due dates after those depended
// on, no cycle) and the order to write the rows in, every row after those it depends on.
// Internal to governance/; functions over a Ledger, thread-safe as its Database.
#pragma once

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/text.h"
#include "governance/ledger_workbook.h"

namespace sanwang::governance {

inline std::string TrimmedCell(const std::string& text) { return std::string(TrimAscii(text)); }

// Every bad cell of the file, each "第 7 行 完成时限：… Row 7, 完成时限: …".
class RowErrors {
 public:
  static constexpr std::size_t kShown = 200;  // messages listed; the rest are counted

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
    for (std::size_t i = 0; i < messages_.size() && i < kShown; ++i) text += "\n" + messages_[i].second;
    if (messages_.size() > kShown) {
      const std::string more = std::to_string(messages_.size() - kShown);
      text += "\n……另有 " + more + " 处 and " + more + " more";
    }
    return InvalidArgument(text, "rows");
  }

 private:
  std::vector<std::pair<int, std::string>> messages_;  // by the sheet's row
};

// The milestones the caller sees, all pages of them.
Result<std::vector<store::LedgerMilestoneRecord>> EveryMilestoneSeen(const Ledger& ledger);

// What the ledger already holds, by name, and what the import adds to it as it goes.
class ExistingLedger {
 public:
  static Result<ExistingLedger> Load(const Ledger& ledger);

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
    auto programme = Programme(TrimmedCell(row.programme));
    auto project = programme ? Project(*programme, TrimmedCell(row.project)) : std::nullopt;
    return project ? Task(*project, TrimmedCell(row.task)) : nullptr;
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
    return TrimmedCell(row->programme) + "\x1f" + TrimmedCell(row->project) + "\x1f" + TrimmedCell(row->task);
  }
  std::string due_on() const { return due ? FormatDate(*due) : ""; }
};

// Checks every row against the ledger and the file; the rows in writing order, or
// InvalidArgument listing every error.
Result<std::vector<PlannedRow>> PlanImport(const Ledger& ledger, const std::vector<LedgerRow>& rows,
                                           const ExistingLedger& existing);

}  // namespace sanwang::governance
