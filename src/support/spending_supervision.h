// Supervision of the spending approval chain (督办, docs/support.md §2): the records whose
// step is past its deadline (step_due, from the state's due_hours in the workflow), as
// the server's minute sweep flags them and as a reader lists them.
//
// Functions over a Ledger; thread-safe as its Database.
#pragma once

#include <vector>

#include "support/spending_approval.h"

namespace sanwang::support {

// The record waits at a step past its deadline.
bool IsOverdue(const store::BudgetSpendingRecord& record, UnixSeconds now);

// Flags every waiting record past its step's deadline and not yet flagged at that step,
// as the system (ledger.actor is cases::Actor::System()): one `supervise` event each, the
// state unchanged. A record moved meanwhile by someone else is left for the next sweep.
// Returns how many it flagged.
Result<int> SuperviseOverdueSpending(const Ledger& ledger);

// The records past their step's deadline that the caller sees, longest overdue first: the
// supervision office's list, `limit` of them from `offset` on, and how many there are.
// The first kMaxOverdueRecords of the district are looked at; overdue records are few
// where the chain is worked, and a district with more has a problem no list solves.
inline constexpr std::int64_t kMaxOverdueRecords = 5000;
struct OverduePage {
  std::vector<SpendingInSight> records;
  std::int64_t total = 0;
};
Result<OverduePage> OverdueSpending(const Ledger& ledger, std::int64_t offset, std::int64_t limit);

}  // namespace sanwang::support
