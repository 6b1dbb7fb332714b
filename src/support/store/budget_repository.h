// Keeps the support net's money (the "support" stream's budget_* tables): categories a
// district added, budget lines per year × unit × category, allocations from a line to a
// child unit's line, and spending records with their reversals. Money is integer 分.
//
// The one guarantee this file exists for: a line never commits more than its amount. Every
// allocation and spending changes the line's committed_fen by a conditional UPDATE (…
// WHERE committed_fen + x <= amount_fen) in the same transaction as its own row, so of
// many writers at once exactly those the amount admits succeed, on SQLite (one writer at
// a time) and on PostgreSQL (the UPDATE waits on the row lock and re-checks its
// condition). A CHECK on the table is the second wall. The rules of who may do what are
// the domain's (support/budget_ledger.h); this file only keeps the books straight.
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

// The two states the books know by name (budget_spending.toml must have them, closed):
// an approved record counts as spent, a withdrawn one holds nothing; a record in any other
// state is waiting and holds its amount on its line.
inline constexpr std::string_view kSpendingApproved = "approved";
inline constexpr std::string_view kSpendingWithdrawn = "withdrawn";

struct BudgetCategoryRecord {
  Id id = 0;
  std::string district_code;
  std::string code;  // "party_building"
  std::string name;  // 党建经费
  std::string name_en;
  UnixSeconds created_at = 0;
};

struct BudgetLineRecord {
  Id id = 0;
  std::string district_code;
  int year = 0;
  Id unit_id = 0;
  std::string category;
  std::int64_t amount_fen = 0;
  std::int64_t allocated_fen = 0;  // handed on to child units' lines
  std::int64_t spent_fen = 0;      // approved spending on this line itself, net of reversals
  std::int64_t pending_fen = 0;    // spending on its way through the approval chain, held
  std::int64_t committed_fen = 0;  // allocated + spent + pending; never above amount
  std::optional<Id> parent_id;     // the line it was allocated from; none at district level
  UnixSeconds created_at = 0;

  std::int64_t remaining_fen() const { return amount_fen - committed_fen; }
};

struct BudgetAllocationRecord {
  Id id = 0;
  std::string district_code;
  Id from_line_id = 0;
  Id to_line_id = 0;
  std::int64_t amount_fen = 0;
  std::string note;
  std::optional<Id> created_by;
  UnixSeconds created_at = 0;
};

struct BudgetSpendingRecord {
  Id id = 0;
  std::string district_code;
  Id line_id = 0;
  std::int64_t amount_fen = 0;  // negative for a reversal
  std::string purpose;
  std::string payee;
  std::string spent_on;  // "2026-11-05", a date in Asia/Shanghai
  int spent_month = 0;   // 202611
  std::string note;
  std::optional<Id> created_by;
  std::string created_by_name;
  UnixSeconds created_at = 0;
  std::optional<Id> reverses_id;
  bool reversed = false;  // read only: a later row reverses this one
  // A state of config/workflows/budget_spending.toml; reversals are approved as written.
  std::string state = std::string(kSpendingApproved);
  std::string return_reason;  // the reason of the last return, while returned
  UnixSeconds updated_at = 0;
  // When the step the record waits at is overdue (its state's due_hours from its arrival,
  // in working hours); none for a state without a deadline and for records that reached
  // their step before deadlines were kept.
  std::optional<UnixSeconds> step_due;
  bool supervised = false;  // 督办: flagged at its present step, by the sweep or a supervisor
};

// Spending of one line in one month, net of reversals.
struct BudgetMonthSpending {
  Id line_id = 0;
  int month = 0;  // 202611
  std::int64_t spent_fen = 0;
};

class BudgetRepository {
 public:
  explicit BudgetRepository(Database& db) : db_(db) {}

  Result<std::vector<BudgetCategoryRecord>> Categories(const std::string& district);
  // AlreadyExists when the district has the code.
  Result<BudgetCategoryRecord> InsertCategory(BudgetCategoryRecord category);

  // A line with nothing committed; AlreadyExists when the year, unit and category have one.
  Result<BudgetLineRecord> InsertLine(BudgetLineRecord line);
  Result<BudgetLineRecord> GetLine(const std::string& district, Id id);
  Result<std::optional<BudgetLineRecord>> FindLine(const std::string& district, int year, Id unit_id,
                                                   const std::string& category);
  // The district's lines of a year, by unit and category.
  Result<std::vector<BudgetLineRecord>> LinesOfYear(const std::string& district, int year);
  // Sets a line's amount; refused (FailedPrecondition, field amount_fen) below what the line
  // has committed.
  Status SetAmount(const std::string& district, Id line_id, std::int64_t amount_fen);

  // Moves `allocation.amount_fen` from its from-line to the line of `to_unit_id` (same year
  // and category), created with the from-line as parent or increased; fills in to_line_id.
  // FailedPrecondition (field amount_fen) when the from-line has less left; nothing written.
  Result<BudgetAllocationRecord> Allocate(BudgetAllocationRecord allocation, Id to_unit_id);
  Result<std::vector<BudgetAllocationRecord>> AllocationsFrom(const std::string& district, Id line_id);

  // Records spending against its line; FailedPrecondition (field amount_fen) when the line
  // has less left; nothing written.
  Result<BudgetSpendingRecord> Spend(BudgetSpendingRecord spending);
  // Records the reversal of spending `reversal.reverses_id` by its whole amount (taken
  // from the original, as are line, purpose and payee). FailedPrecondition when the
  // original is itself a reversal or was reversed already.
  Result<BudgetSpendingRecord> Reverse(BudgetSpendingRecord reversal);
  Result<BudgetSpendingRecord> GetSpending(const std::string& district, Id id);
  // A line's spending, oldest first.
  Result<std::vector<BudgetSpendingRecord>> SpendingOf(const std::string& district, Id line_id);
  // The district's spending in any of `states`, oldest first.
  Result<std::vector<BudgetSpendingRecord>> SpendingInStates(const std::string& district,
                                                             const std::vector<std::string>& states);
  // The district's spending in any of `states` whose step was due before `now`, longest
  // overdue first, at most `limit`; only those not yet supervised when `unsupervised`.
  Result<std::vector<BudgetSpendingRecord>> OverdueSpending(const std::string& district,
                                                            const std::vector<std::string>& states,
                                                            UnixSeconds now, bool unsupervised,
                                                            std::int64_t limit);
  // Changes what a line's spending holds by `delta_fen` (a resubmission's new amount, a
  // withdrawal's release) if the amount admits it; FailedPrecondition (field amount_fen)
  // otherwise. For use inside the caller's transaction.
  Status HoldForSpending(const std::string& district, Id line_id, std::int64_t delta_fen);
  // The district's approved spending of a year's lines per line and month of spending.
  Result<std::vector<BudgetMonthSpending>> MonthlySpending(const std::string& district, int year);

 private:
  // Adds to a line's committed sum (allocated or spent) if the amount admits it.
  Status Commit(const std::string& district, Id line_id, std::int64_t allocated_fen, std::int64_t spent_fen);
  Result<BudgetSpendingRecord> InsertSpending(const BudgetSpendingRecord& spending);
  // An INSERT … RETURNING id in a savepoint of its own: on PostgreSQL a refused statement
  // (a duplicate) spoils the transaction around it unless rolled back, and the caller turns
  // the refusal into an answer and carries on.
  Result<Id> InsertReturningId(std::string_view sql, const SqlParams& params);

  Database& db_;
};

// "该预算仅剩 N 分": the refusal of a commitment the line cannot take.
Status InsufficientBudget(std::int64_t remaining_fen);

}  // namespace sanwang::store
