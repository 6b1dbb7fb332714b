// The books of the support net's money (经费保障): district lines set up by admins,
// allocations one tier down the org tree, spending recorded against a line and reversed by
// a reversing record. Checks the caller's rights (budget_access.h) and the input, naming
// the field of each bad value; the repository (support/store/budget_repository.h) keeps
// the one guarantee that a line never commits more than its amount, also under
// concurrent writers. Spending is submitted into its approval chain (spending_approval.h,
// config/workflows/budget_spending.toml) and holds its amount on the line from then on.
//
// Money is integer 分 (fen). Functions over a Database and an OrgDirectory snapshot;
// thread-safe as the Database given.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "cases/actor.h"
#include "cases/workflow.h"
#include "core/working_calendar.h"
#include "notify/notice_rules.h"
#include "org/org_directory.h"
#include "support/store/budget_repository.h"

namespace sanwang::support {

// One caller's view of one district's books.
struct Ledger {
  store::Database& db;
  const org::OrgDirectory& org;
  cases::Actor actor;
  std::string actor_name;  // shown as created_by_name on spending
  UnixSeconds now = 0;
  // budget_spending.toml; spending is refused (Unavailable) without it.
  const cases::Workflow* spending_workflow;
  // Counts the approval steps' deadlines (the states' due_hours) in working hours.
  const WorkingCalendar& calendar;
  // Tells approvers and submitters of the records' moves (spending_notices.h); none: nobody.
  const notify::NoticeRules* notices = nullptr;

  const std::string& district() const { return org.district_code(); }
};

// The largest amount one request may move: keeps every sum far from int64's end.
inline constexpr std::int64_t kMaxAmountFen = std::int64_t{1'000'000'000'000'000};

struct NewLine {
  int year = 0;
  std::string unit_code;
  std::string category;
  std::int64_t amount_fen = 0;
};
struct NewAllocation {
  std::string unit_code;
  std::int64_t amount_fen = 0;
  std::string note;
};
struct NewSpending {
  std::int64_t amount_fen = 0;
  std::string purpose;
  std::string payee;
  std::string spent_on;  // "2026-11-05"
  std::string note;
};

// A district-level line (admins): the district root's unit only.
Result<store::BudgetLineRecord> CreateDistrictLine(const Ledger& ledger, const NewLine& line);
// Changes a district line's amount (admins); refused below what the line has already
// allocated and spent. A lower unit's line changes only by allocation.
Result<store::BudgetLineRecord> SetDistrictLineAmount(const Ledger& ledger, store::Id line_id,
                                                      std::int64_t amount_fen);
// Hands money from line `line_id` to a unit one tier below the line's unit.
Result<store::BudgetAllocationRecord> Allocate(const Ledger& ledger, store::Id line_id,
                                               const NewAllocation& a);
// Spending on a line, dated within the line's year, submitted into the approval chain at
// the step its line's unit starts at (spending_approval.h, EntryState); its amount is held
// on the line from now on.
Result<store::BudgetSpendingRecord> RecordSpending(const Ledger& ledger, store::Id line_id,
                                                   const NewSpending& s);
// Reverses an approved spending record by its whole amount, once; `reason` becomes its note.
Result<store::BudgetSpendingRecord> ReverseSpending(const Ledger& ledger, store::Id spending_id,
                                                    const std::string& reason);

Result<store::BudgetLineRecord> ReadLine(const Ledger& ledger, store::Id line_id);
// A year's lines the caller sees: of `unit_code` when given (checked against scope), else
// of every unit in the caller's scope.
Result<std::vector<store::BudgetLineRecord>> ListLines(const Ledger& ledger, int year,
                                                       const std::string& unit_code);
Result<std::vector<store::BudgetSpendingRecord>> ListSpending(const Ledger& ledger, store::Id line_id);

// The line and its unit, when the caller may read it (NotFound, PermissionDenied otherwise).
Result<std::pair<store::BudgetLineRecord, const store::UnitRecord*>> LineInSight(const Ledger& ledger,
                                                                                 store::Id line_id);
// Checks what a spending record says (amount, purpose, payee, note, a date within the
// line's year) and writes it into `record`; InvalidArgument naming the field otherwise.
Status FillSpending(store::BudgetSpendingRecord& record, const NewSpending& s, int line_year);

// Checks shared with the report and the import.
Status ValidateYear(int year);
Status ValidateAmount(std::int64_t amount_fen);
// The unit of `code` in the district; InvalidArgument naming `field` when there is none.
Result<const store::UnitRecord*> UnitByCode(const org::OrgDirectory& org, const std::string& code,
                                            const std::string& field);

}  // namespace sanwang::support
