#include "support/spending_supervision.h"

#include <algorithm>
#include <iterator>
#include <map>

#include "support/budget_access.h"

namespace sanwang::support {
namespace {

constexpr std::int64_t kSweepBatch = 500;

// The states a record may be supervised in: those where a `supervise` transition starts.
Result<std::vector<std::string>> SupervisedStates(const Ledger& ledger) {
  SW_ASSIGN_OR_RETURN(const cases::Workflow* workflow, SpendingWorkflow(ledger));
  return workflow->StatesWhereActionStarts("supervise");
}

std::string OverdueReason(const Ledger& ledger, const store::BudgetSpendingRecord& record) {
  const cases::WorkflowState* state = ledger.spending_workflow->FindState(record.state);
  const std::string label = state != nullptr ? state->label : record.state;
  const std::string due = FormatIso8601(*record.step_due);
  return "超过审批时限：" + label + "，应于 " + due + " 前办理 the step was due by " + due;
}

// The budget lines one pass has read, by id: a pass often finds many late records of one
// line, and each would otherwise read it again.
using LinesRead = std::map<store::Id, store::BudgetLineRecord>;

Result<const store::BudgetLineRecord*> LineOf(store::BudgetRepository& repo, const std::string& district,
                                              store::Id line_id, LinesRead& lines) {
  auto found = lines.find(line_id);
  if (found == lines.end()) {
    SW_ASSIGN_OR_RETURN(store::BudgetLineRecord line, repo.GetLine(district, line_id));
    found = lines.emplace(line_id, std::move(line)).first;
  }
  return &found->second;
}

// Flags the records one pass found; returns how many it flagged. A record refused because
// it moved meanwhile (Conflict) is skipped; any other error ends the sweep.
Result<int> FlagPass(const Ledger& ledger, store::BudgetRepository& repo,
                     const std::vector<store::BudgetSpendingRecord>& overdue) {
  LinesRead lines;
  int flagged = 0;
  for (const auto& record : overdue) {
    SW_ASSIGN_OR_RETURN(const store::BudgetLineRecord* line,
                        LineOf(repo, ledger.district(), record.line_id, lines));
    const store::UnitRecord* unit = ledger.org.Find(line->unit_id);
    if (unit == nullptr) continue;
    auto done = FlagOverdue(ledger, record, *line, *unit, OverdueReason(ledger, record));
    if (done.ok())
      ++flagged;
    else if (done.status().code() != ErrorCode::kConflict)
      return done.status();
  }
  return flagged;
}

}  // namespace

bool IsOverdue(const store::BudgetSpendingRecord& record, UnixSeconds now) {
  return record.step_due && *record.step_due < now;
}

Result<int> SuperviseOverdueSpending(const Ledger& ledger) {
  SW_ASSIGN_OR_RETURN(std::vector<std::string> states, SupervisedStates(ledger));
  store::BudgetRepository repo(ledger.db);
  int flagged = 0;
  // Each pass flags what it found, so the next finds the rest; a record refused (moved
  // meanwhile) is counted as seen so a batch of such records cannot loop for ever.
  for (std::int64_t seen = kSweepBatch; seen == kSweepBatch;) {
    SW_ASSIGN_OR_RETURN(auto overdue,
                        repo.OverdueSpending(ledger.district(), states, ledger.now, true, kSweepBatch));
    seen = static_cast<std::int64_t>(overdue.size());
    SW_ASSIGN_OR_RETURN(int flagged_now, FlagPass(ledger, repo, overdue));
    flagged += flagged_now;
    if (flagged_now == 0) break;
  }
  return flagged;
}

Result<OverduePage> OverdueSpending(const Ledger& ledger, std::int64_t offset, std::int64_t limit) {
  SW_RETURN_IF_ERROR(MayReadBudget(ledger.actor));
  SW_ASSIGN_OR_RETURN(std::vector<std::string> states, SupervisedStates(ledger));
  SW_ASSIGN_OR_RETURN(auto records, store::BudgetRepository(ledger.db).OverdueSpending(
                                        ledger.district(), states, ledger.now, false, kMaxOverdueRecords));
  std::vector<SpendingInSight> seen = RecordsInSight(ledger, std::move(records));
  OverduePage page;
  page.total = static_cast<std::int64_t>(seen.size());
  const auto first = std::min<std::int64_t>(offset, page.total);
  const auto last = std::min<std::int64_t>(first + limit, page.total);
  page.records.assign(std::make_move_iterator(seen.begin() + first),
                      std::make_move_iterator(seen.begin() + last));
  return page;
}

}  // namespace sanwang::support
