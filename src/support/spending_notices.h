// Who hears of a spending record's move through its approval chain (支出审批,
// docs/notifications.md §1): when it arrives at a step, the step's approvers — the enabled
// accounts in the roles of that step's approval, at or above the line's unit for a step
// scoped to units, anywhere in the district for the district's own step — that it waits
// for them (待审批); when a step returns it, the account that submitted it, with the reason;
// when it is flagged 督办 where it waits, that step's approvers, with the reason. Written in
// the move's transaction by notify/spending_notices.h; nothing without the ledger's notice
// rules. Functions over a Ledger.
#pragma once

#include "support/budget_ledger.h"

namespace sanwang::support {

// `record` as it arrived where it is now: at a step (its approvers hear), or returned (its
// submitter hears).
Status TellOfMove(const Ledger& ledger, const store::BudgetSpendingRecord& record,
                  const store::UnitRecord& unit);
// `record` as the step `taken` left it, with the step's `note` (a 督办's reason): a move
// tells as TellOfMove does, a 督办 tells the approvers of the step it waits at, any other
// step that stays tells no one.
Status TellOfStep(const Ledger& ledger, const store::BudgetSpendingRecord& record,
                  const store::UnitRecord& unit, const cases::Transition& taken, const std::string& note);

}  // namespace sanwang::support
