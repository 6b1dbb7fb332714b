#include "support/spending_notices.h"

#include <algorithm>

#include "notify/spending_notices.h"
#include "notify/store/recipient_repository.h"
#include "support/spending_approval.h"

namespace sanwang::support {
namespace {

// `unit` and every unit above it.
std::vector<store::Id> UnitAndAbove(const org::OrgDirectory& org, const store::UnitRecord& unit) {
  std::vector<store::Id> out;
  for (const store::UnitRecord* u = &unit; u != nullptr;
       u = u->parent_id ? org.Find(*u->parent_id) : nullptr) {
    out.push_back(u->id);
  }
  return out;
}

// The accounts that may approve a record of `unit` waiting at `state`.
Result<std::vector<store::Id>> Approvers(const Ledger& ledger, const cases::Workflow& workflow,
                                         const std::string& state, const store::UnitRecord& unit) {
  store::RecipientRepository recipients(ledger.db);
  std::vector<store::Id> out;
  for (const cases::Transition* tr : ApprovalsFrom(workflow, state)) {
    std::vector<std::string_view> roles(tr->roles.begin(), tr->roles.end());
    if (tr->scope == cases::Scope::kUnit) {
      SW_ASSIGN_OR_RETURN(auto staff, recipients.EnabledStaff(UnitAndAbove(ledger.org, unit), roles));
      out.insert(out.end(), staff.begin(), staff.end());
    } else if (tr->scope == cases::Scope::kAny) {
      for (std::string_view role : roles) {
        SW_ASSIGN_OR_RETURN(auto staff, recipients.EnabledOfRole(ledger.district(), role));
        out.insert(out.end(), staff.begin(), staff.end());
      }
    }
  }
  return out;
}

// A state a step's return leads to.
bool IsReturned(const cases::Workflow& workflow, const std::string& state) {
  const auto& all = workflow.transitions();
  return std::any_of(all.begin(), all.end(), [&](const cases::Transition& tr) {
    return tr.effect_name == "return" && tr.to == state;
  });
}

// The notice of `record` waiting for its step's approvers or returned to its submitter.
Status Tell(const Ledger& ledger, const store::BudgetSpendingRecord& record, const store::UnitRecord& unit,
            bool supervised, const std::string& reason) {
  if (ledger.notices == nullptr || ledger.spending_workflow == nullptr) return Status::Ok();
  const cases::Workflow& workflow = *ledger.spending_workflow;
  notify::SpendingMoved moved;
  moved.district_code = ledger.district();
  moved.unit_name = unit.name;
  moved.purpose = record.purpose;
  moved.amount_fen = record.amount_fen;
  if (const cases::WorkflowState* state = workflow.FindState(record.state)) moved.step = state->label;
  if (!supervised && IsReturned(workflow, record.state)) {
    if (!record.created_by) return Status::Ok();
    moved.event = "returned";
    moved.recipients = {*record.created_by};
    moved.reason = record.return_reason;
  } else {
    moved.event = supervised ? "supervised" : "waiting";
    moved.reason = reason;
    SW_ASSIGN_OR_RETURN(moved.recipients, Approvers(ledger, workflow, record.state, unit));
    if (moved.recipients.empty()) return Status::Ok();
  }
  return notify::TellOfSpending(ledger.db, *ledger.notices, moved, ledger.actor, ledger.now);
}

}  // namespace

Status TellOfMove(const Ledger& ledger, const store::BudgetSpendingRecord& record,
                  const store::UnitRecord& unit) {
  return Tell(ledger, record, unit, false, "");
}

Status TellOfStep(const Ledger& ledger, const store::BudgetSpendingRecord& record,
                  const store::UnitRecord& unit, const cases::Transition& taken, const std::string& note) {
  if (taken.effect_name == "supervise") return Tell(ledger, record, unit, true, note);
  if (taken.to.empty()) return Status::Ok();
  return TellOfMove(ledger, record, unit);
}

}  // namespace sanwang::support
