// The task ledger as the rows of a workbook (台账表), the layout such ledgers are kept in:
// one row per milestone with its programme, project and task (the task's period and
// leading unit repeated on each of its rows), the milestone's deliverables, due date,
// responsible unit and leader, weight, dependencies (as the 序号 of the rows depended on),
// state and percent. Units are written "名称（代码）" and read from that or the code alone;
// leaders by account (username). governance/io/ledger_xlsx.h puts the rows into an XLSX
// file and reads them back.
//
// Import is all-or-nothing. Every row is checked first and every bad row reported (row
// number, column, Chinese then English); only then is the file written, through the
// Ledger's own functions, in the one transaction the ledger was read and checked in (they
// open none of their own; Database::InTransaction would nest one as a savepoint), so a
// refusal writes nothing.
// Programmes, projects and tasks are matched by name and reused (a reused task must keep
// the file's period and leading unit); a milestone its task already has under the same name
// is left as it is and counted as unchanged, so that a file exported and imported again
// changes nothing. States and percents are never imported: they move only by the
// milestone workflow. Functions over a Ledger; thread-safe as its Database.
#pragma once

#include <string>
#include <vector>

#include "governance/ledger_book.h"

namespace sanwang::governance {

// One milestone's row, every cell as text ("" when empty).
struct LedgerRow {
  int line = 0;     // the sheet's row number the row was read from (0 when exported)
  std::string seq;  // 序号
  std::string programme;
  std::string project;
  std::string task;
  std::string task_starts_on;  // YYYY-MM-DD (import also takes 2026/6/30 and 2026年6月30日)
  std::string task_ends_on;
  std::string task_unit;  // 牵头单位, "名称（代码）" or the code
  std::string milestone;
  std::string deliverables;
  std::string due_on;  // 完成时限
  std::string unit;    // 责任单位
  std::string leader;  // 责任领导, an account's username
  std::string weight;
  std::string depends_on;  // 前置节点: "1、3" or "1,3"
  std::string state;       // 状态, the workflow state's label; ignored on import
  std::string percent;     // 进度; ignored on import
};

// How units are written in the workbook: "金地社区居委会（411002001001）".
std::string UnitCell(const store::UnitRecord& unit);

// The workbook's title row: "魏都区任务台账（2026-12-05 导出）".
std::string LedgerWorkbookTitle(const Ledger& ledger);

// Every milestone the caller sees, grouped by programme, project and task, each task's in
// due date order; 序号 counts from 1. A dependency on a milestone the caller does not see
// is left out (the file could not name it).
Result<std::vector<LedgerRow>> ExportLedgerRows(const Ledger& ledger);

struct LedgerImportSummary {
  int rows = 0;
  int programmes = 0;  // created
  int projects = 0;
  int tasks = 0;
  int milestones = 0;
  int unchanged = 0;       // milestones the ledger already had
  int states_ignored = 0;  // rows whose 状态 or 进度 was given (and not imported)
  bool written = false;    // false for a dry run
};

// Lays the rows out as `ledger.actor` (a planner of the ledger). `dry_run` checks and
// counts everything but writes nothing. InvalidArgument naming every bad row.
Result<LedgerImportSummary> ImportLedgerRows(const Ledger& ledger, const std::vector<LedgerRow>& rows,
                                             bool dry_run);

}  // namespace sanwang::governance
