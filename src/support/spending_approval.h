// The approval chain of spending records (支出审批): a record is submitted by the keepers
// of its line and approved step by step — community secretary, sub-district, district
// finance — by the case engine's workflow read from config/workflows/budget_spending.toml
// with the books' own effects (approve, return, resubmit, withdraw). Each step approves to
// the next or returns the record with a reason to its keepers, who edit and resubmit it or
// withdraw it. Every move is an event; nothing is deleted.
//
// Money: a record holds its amount on its line from its submission on (committed_fen, by
// the repository's conditional update), so a line never hands out more than it holds
// however many records wait; the final approval makes it spent, a withdrawal gives it back,
// a resubmission with a new amount holds the difference (refused when the line cannot).
//
// Deadlines (督办): a state's due_hours in the workflow give the step that many working hours
// from the record's arrival (step_due); a record past it is flagged once per step by the
// server's sweep, and the supervision office may flag one by hand with its reason.
//
// Refusals: outside the chain for this record (no step of that effect admits the caller's
// role and unit) is PermissionDenied; in the chain but the record is not waiting for the
// caller's step is Conflict; a return without a reason is InvalidArgument (field reason).
// Nothing is written on a refusal. Functions over a Ledger; thread-safe as its Database.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "support/budget_ledger.h"
#include "support/store/spending_approval_repository.h"

namespace sanwang::support {

// The workflow's name: config/workflows/budget_spending.toml.
inline constexpr const char* kSpendingWorkflow = "budget_spending";

// The effects a spending workflow may name (cases::Workflow::Parse's vocabulary).
cases::EffectVocabulary SpendingEffectNames();
// The books can follow the workflow: it has the closed states `approved` and `withdrawn`.
Status CheckSpendingWorkflow(const cases::Workflow& workflow);
// The ledger's workflow; Unavailable when none was given.
Result<const cases::Workflow*> SpendingWorkflow(const Ledger& ledger);

// The approvals (effect `approve`) of a record waiting at `state`: the step's approvers.
std::vector<const cases::Transition*> ApprovalsFrom(const cases::Workflow& workflow, std::string_view state);

// Where a record of a line of `line_unit` enters the chain: the workflow's initial state,
// passing over each step whose approvers all sit below the unit (a sub-district's own
// record skips the community secretary).
std::string EntryState(const cases::Workflow& workflow, const store::UnitRecord& line_unit);

// When a record arriving now at `state` is overdue: the state's due_hours later on the
// working calendar; none when the state has no deadline.
std::optional<UnixSeconds> StepDue(const Ledger& ledger, const cases::Workflow& workflow,
                                   std::string_view state);

// An event of the caller's, on record `spending_id`.
store::SpendingEventRecord SpendingEvent(const Ledger& ledger, store::Id spending_id,
                                         const std::string& action, const std::string& from_state,
                                         const std::string& to_state);

// A record with its line and the line's unit, as the caller sees it.
struct SpendingInSight {
  store::BudgetSpendingRecord record;
  store::BudgetLineRecord line;
  const store::UnitRecord* unit = nullptr;
};

// What the caller may do with a record now, for user interfaces.
struct SpendingRights {
  bool may_approve = false;
  bool may_return = false;
  bool may_resubmit = false;
  bool may_withdraw = false;
  bool may_reverse = false;
  bool may_attach = false;
  bool may_supervise = false;
};
SpendingRights RightsOn(const Ledger& ledger, const SpendingInSight& spending);

// The records of lines the caller sees, each with its line and unit; the others left out.
std::vector<SpendingInSight> RecordsInSight(const Ledger& ledger,
                                            std::vector<store::BudgetSpendingRecord> records);
// NotFound for a record of another district or outside the caller's sight.
Result<SpendingInSight> FindSpending(const Ledger& ledger, store::Id id);
// The records the caller may approve, return or resubmit now, oldest first (待审批 and 已退回).
Result<std::vector<SpendingInSight>> SpendingToDo(const Ledger& ledger);
Result<std::vector<store::SpendingEventRecord>> SpendingHistory(const Ledger& ledger, store::Id id);

Result<store::BudgetSpendingRecord> ApproveSpending(const Ledger& ledger, store::Id id);
Result<store::BudgetSpendingRecord> ReturnSpending(const Ledger& ledger, store::Id id,
                                                   const std::string& reason);
// The record as edited (all of amount, purpose, payee, date and note), back to its entry step.
Result<store::BudgetSpendingRecord> ResubmitSpending(const Ledger& ledger, store::Id id,
                                                     const NewSpending& edited);
Result<store::BudgetSpendingRecord> WithdrawSpending(const Ledger& ledger, store::Id id,
                                                     const std::string& reason);
// 督办: flags a record waiting at a step, once per step, with the reason (required of a
// person); the state does not change. The supervision office by hand, the sweep
// (spending_supervision.h) when the step is overdue; Conflict when flagged already.
Result<store::BudgetSpendingRecord> SuperviseSpending(const Ledger& ledger, store::Id id,
                                                      const std::string& reason);
// The same for a record the caller (the system) already read with its line and unit,
// without the reader's sight check: the sweep's path.
Result<store::BudgetSpendingRecord> FlagOverdue(const Ledger& ledger,
                                                const store::BudgetSpendingRecord& record,
                                                const store::BudgetLineRecord& line,
                                                const store::UnitRecord& unit, const std::string& reason);

}  // namespace sanwang::support
