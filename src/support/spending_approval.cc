#include "support/spending_approval.h"

#include <array>
#include <map>

#include "org/roles.h"
#include "support/budget_access.h"
#include "support/spending_notices.h"

namespace sanwang::support {
namespace {

constexpr std::size_t kMaxReason = 1000;

// A unit's tier in the money's tree: community 0, sub-district 1, district 2; -1 otherwise.
int TierOf(std::string_view kind) {
  if (kind == "community") return 0;
  if (kind == "street") return 1;
  if (kind == "district") return 2;
  return -1;
}

// Every approver of the transition sits in a tier below `unit`'s.
bool ApproversBelow(const cases::Transition& tr, const store::UnitRecord& unit) {
  if (tr.roles.empty()) return false;
  for (const std::string& role : tr.roles) {
    const int tier = TierOf(org::ScopeKindOf(role));
    if (tier < 0 || tier >= TierOf(unit.kind)) return false;
  }
  return true;
}

// Passes over the approval steps that `unit`'s records skip, from `state` on.
std::string Settle(const cases::Workflow& workflow, std::string state, const store::UnitRecord& unit) {
  for (std::size_t guard = 0; guard < workflow.states().size(); ++guard) {
    const cases::Transition* skipped = nullptr;
    for (const cases::Transition* tr : ApprovalsFrom(workflow, state)) {
      if (ApproversBelow(*tr, unit)) skipped = tr;
    }
    if (skipped == nullptr || skipped->to.empty()) break;
    state = skipped->to;
  }
  return state;
}

bool InScope(const Ledger& ledger, const cases::Transition& tr, const store::UnitRecord& unit) {
  switch (tr.scope) {
    case cases::Scope::kAny:
      return true;
    case cases::Scope::kUnit:
      return ledger.actor.unit_id && ledger.org.InSubtree(*ledger.actor.unit_id, unit.id);
    case cases::Scope::kReporter:
      return MaySpendOn(ledger.actor, unit).ok();
    default:
      return false;
  }
}

bool Admits(const Ledger& ledger, const cases::Transition& tr, const store::UnitRecord& unit) {
  return tr.AllowsRole(ledger.actor.role) && InScope(ledger, tr, unit);
}

// The transition of `effect` the caller may take on the record now, or why not: outside
// the chain (no such step admits the caller) is PermissionDenied, a record not waiting
// for the caller's step is Conflict.
Result<const cases::Transition*> StepFor(const Ledger& ledger, const cases::Workflow& workflow,
                                         const SpendingInSight& s, std::string_view effect) {
  bool in_chain = false;
  for (const cases::Transition& tr : workflow.transitions()) {
    if (tr.effect_name != effect || !Admits(ledger, tr, *s.unit)) continue;
    if (tr.StartsFrom(s.record.state)) return &tr;
    in_chain = true;
  }
  if (!in_chain) {
    return PermissionDenied("无权审批该支出记录 you take no part in the approval of spending on " +
                            s.unit->code);
  }
  const cases::WorkflowState* state = workflow.FindState(s.record.state);
  return Conflict("该支出记录不在您的审批环节（当前：" + (state ? state->label : s.record.state) +
                  "） the record is not waiting for your step; it is " + s.record.state);
}

// Takes the step: the record as `change` leaves it, moved with its event.
Result<store::BudgetSpendingRecord> Take(const Ledger& ledger, const SpendingInSight& s,
                                         const cases::Transition& tr, store::BudgetSpendingRecord changed,
                                         const std::string& note, const std::string& changes) {
  SW_ASSIGN_OR_RETURN(const cases::Workflow* workflow, SpendingWorkflow(ledger));
  changed.state = Settle(*workflow, tr.to.empty() ? s.record.state : tr.to, *s.unit);
  changed.updated_at = ledger.now;
  if (tr.effect_name != "return") changed.return_reason.clear();
  // A move to a step starts that step's clock; a step that stays (督办) keeps its own.
  if (!tr.to.empty()) {
    changed.step_due = StepDue(ledger, *workflow, changed.state);
    changed.supervised = false;
  }
  store::SpendingMove move{changed, s.record.state, std::nullopt, 0,
                           SpendingEvent(ledger, s.record.id, tr.action, s.record.state, changed.state)};
  if (tr.effect_name == "supervise") move.seen_supervised = false;
  if (changed.state == store::kSpendingWithdrawn) {
    move.hold_delta_fen = -s.record.amount_fen;
  } else {
    move.hold_delta_fen = changed.amount_fen - s.record.amount_fen;
  }
  move.event.note = note;
  move.event.changes = changes;
  SW_RETURN_IF_ERROR(ledger.db.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(store::SpendingApprovalRepository(ledger.db).Move(move));
    return TellOfStep(ledger, changed, *s.unit, tr, note);
  }));
  return store::BudgetRepository(ledger.db).GetSpending(ledger.district(), s.record.id);
}

Status AlreadySupervised() {
  return Conflict("该支出记录在本环节已督办 the record was supervised at this step already");
}

Status CheckReason(const std::string& reason, bool required) {
  if (required && reason.empty()) return InvalidArgument("请填写原因 give the reason", "reason");
  if (reason.size() > kMaxReason) return InvalidArgument("原因过长 the reason is too long", "reason");
  return Status::Ok();
}

// What a resubmission changed, for its event: "amount_fen: 120000 → 98000; payee: A → B".
std::string ChangesOf(const store::BudgetSpendingRecord& before, const store::BudgetSpendingRecord& after) {
  std::string out;
  auto add = [&out](const char* field, const std::string& from, const std::string& to) {
    if (from == to) return;
    if (!out.empty()) out += "; ";
    out += std::string(field) + ": " + from + " → " + to;
  };
  add("amount_fen", std::to_string(before.amount_fen), std::to_string(after.amount_fen));
  add("purpose", before.purpose, after.purpose);
  add("payee", before.payee, after.payee);
  add("spent_on", before.spent_on, after.spent_on);
  add("note", before.note, after.note);
  return out;
}

Result<store::BudgetSpendingRecord> Decide(const Ledger& ledger, store::Id id, std::string_view effect,
                                           const std::string& reason) {
  SW_ASSIGN_OR_RETURN(const cases::Workflow* workflow, SpendingWorkflow(ledger));
  SW_ASSIGN_OR_RETURN(SpendingInSight s, FindSpending(ledger, id));
  SW_ASSIGN_OR_RETURN(const cases::Transition* tr, StepFor(ledger, *workflow, s, effect));
  SW_RETURN_IF_ERROR(CheckReason(reason, tr->note_required));
  store::BudgetSpendingRecord changed = s.record;
  if (effect == "return") changed.return_reason = reason;
  if (effect == "supervise") {
    if (s.record.supervised) return AlreadySupervised();
    changed.supervised = true;
  }
  return Take(ledger, s, *tr, changed, reason, "");
}

}  // namespace

cases::EffectVocabulary SpendingEffectNames() {
  static constexpr std::array<std::string_view, 5> kNames = {"approve", "return", "resubmit", "withdraw",
                                                             "supervise"};
  return kNames;
}

Status CheckSpendingWorkflow(const cases::Workflow& workflow) {
  for (std::string_view name : {store::kSpendingApproved, store::kSpendingWithdrawn}) {
    const cases::WorkflowState* state = workflow.FindState(name);
    if (state == nullptr || state->open) {
      return InvalidArgument(workflow.name() + ": the books need a closed state '" + std::string(name) + "'");
    }
  }
  return Status::Ok();
}

Result<const cases::Workflow*> SpendingWorkflow(const Ledger& ledger) {
  if (ledger.spending_workflow == nullptr) {
    return Unavailable("支出审批流程未加载 the spending workflow is not loaded");
  }
  return ledger.spending_workflow;
}

std::vector<const cases::Transition*> ApprovalsFrom(const cases::Workflow& workflow, std::string_view state) {
  std::vector<const cases::Transition*> out;
  for (const cases::Transition& tr : workflow.transitions()) {
    if (tr.effect_name == "approve" && tr.StartsFrom(state)) out.push_back(&tr);
  }
  return out;
}

std::string EntryState(const cases::Workflow& workflow, const store::UnitRecord& line_unit) {
  return Settle(workflow, workflow.initial(), line_unit);
}

std::optional<UnixSeconds> StepDue(const Ledger& ledger, const cases::Workflow& workflow,
                                   std::string_view state) {
  const cases::WorkflowState* found = workflow.FindState(state);
  if (found == nullptr || found->due_hours <= 0) return std::nullopt;
  return ledger.calendar.AddWorkingHours(ledger.now, found->due_hours);
}

store::SpendingEventRecord SpendingEvent(const Ledger& ledger, store::Id spending_id,
                                         const std::string& action, const std::string& from_state,
                                         const std::string& to_state) {
  store::SpendingEventRecord e;
  e.district_code = ledger.district();
  e.spending_id = spending_id;
  e.at = ledger.now;
  e.user_id = ledger.actor.user_id;
  e.user_name = ledger.actor_name;
  e.role = ledger.actor.role;
  e.action = action;
  e.from_state = from_state;
  e.to_state = to_state;
  return e;
}

SpendingRights RightsOn(const Ledger& ledger, const SpendingInSight& s) {
  SpendingRights rights;
  const bool keeper = MaySpendOn(ledger.actor, *s.unit).ok();
  rights.may_reverse =
      keeper && s.record.state == store::kSpendingApproved && !s.record.reversed && !s.record.reverses_id;
  rights.may_attach = keeper && s.record.state != store::kSpendingWithdrawn && !s.record.reverses_id;
  if (ledger.spending_workflow == nullptr) return rights;
  for (const cases::Transition& tr : ledger.spending_workflow->transitions()) {
    if (!tr.StartsFrom(s.record.state) || !Admits(ledger, tr, *s.unit)) continue;
    rights.may_approve = rights.may_approve || tr.effect_name == "approve";
    rights.may_return = rights.may_return || tr.effect_name == "return";
    rights.may_resubmit = rights.may_resubmit || tr.effect_name == "resubmit";
    rights.may_withdraw = rights.may_withdraw || tr.effect_name == "withdraw";
    rights.may_supervise = rights.may_supervise || (tr.effect_name == "supervise" && !s.record.supervised);
  }
  return rights;
}

Result<SpendingInSight> FindSpending(const Ledger& ledger, store::Id id) {
  SW_RETURN_IF_ERROR(MayReadBudget(ledger.actor));
  auto record = store::BudgetRepository(ledger.db).GetSpending(ledger.district(), id);
  if (!record.ok()) return record.status();
  auto line = LineInSight(ledger, record->line_id);
  if (!line.ok()) return NotFound("没有该支出记录 no spending " + std::to_string(id));
  return SpendingInSight{std::move(record).value(), std::move(line->first), line->second};
}

std::vector<SpendingInSight> RecordsInSight(const Ledger& ledger,
                                            std::vector<store::BudgetSpendingRecord> records) {
  std::map<store::Id, std::optional<std::pair<store::BudgetLineRecord, const store::UnitRecord*>>> lines;
  std::vector<SpendingInSight> out;
  for (auto& record : records) {
    auto [line, fresh] = lines.try_emplace(record.line_id);
    if (fresh) {
      auto found = LineInSight(ledger, record.line_id);
      if (found.ok()) line->second = std::move(found).value();
    }
    if (!line->second) continue;
    out.push_back({std::move(record), line->second->first, line->second->second});
  }
  return out;
}

Result<std::vector<SpendingInSight>> SpendingToDo(const Ledger& ledger) {
  SW_RETURN_IF_ERROR(MayReadBudget(ledger.actor));
  SW_ASSIGN_OR_RETURN(const cases::Workflow* workflow, SpendingWorkflow(ledger));
  SW_ASSIGN_OR_RETURN(auto records, store::BudgetRepository(ledger.db).SpendingInStates(
                                        ledger.district(), workflow->StatesWhereOpen(true)));
  std::vector<SpendingInSight> out;
  for (auto& s : RecordsInSight(ledger, std::move(records))) {
    const SpendingRights rights = RightsOn(ledger, s);
    if (rights.may_approve || rights.may_return || rights.may_resubmit) out.push_back(std::move(s));
  }
  return out;
}

Result<std::vector<store::SpendingEventRecord>> SpendingHistory(const Ledger& ledger, store::Id id) {
  SW_ASSIGN_OR_RETURN(SpendingInSight s, FindSpending(ledger, id));
  return store::SpendingApprovalRepository(ledger.db).Events(ledger.district(), s.record.id);
}

Result<store::BudgetSpendingRecord> ApproveSpending(const Ledger& ledger, store::Id id) {
  return Decide(ledger, id, "approve", "");
}

Result<store::BudgetSpendingRecord> ReturnSpending(const Ledger& ledger, store::Id id,
                                                   const std::string& reason) {
  return Decide(ledger, id, "return", reason);
}

Result<store::BudgetSpendingRecord> WithdrawSpending(const Ledger& ledger, store::Id id,
                                                     const std::string& reason) {
  return Decide(ledger, id, "withdraw", reason);
}

Result<store::BudgetSpendingRecord> SuperviseSpending(const Ledger& ledger, store::Id id,
                                                      const std::string& reason) {
  return Decide(ledger, id, "supervise", reason);
}

Result<store::BudgetSpendingRecord> FlagOverdue(const Ledger& ledger,
                                                const store::BudgetSpendingRecord& record,
                                                const store::BudgetLineRecord& line,
                                                const store::UnitRecord& unit, const std::string& reason) {
  SW_ASSIGN_OR_RETURN(const cases::Workflow* workflow, SpendingWorkflow(ledger));
  if (record.supervised) return AlreadySupervised();
  const SpendingInSight s{record, line, &unit};
  SW_ASSIGN_OR_RETURN(const cases::Transition* tr, StepFor(ledger, *workflow, s, "supervise"));
  store::BudgetSpendingRecord changed = record;
  changed.supervised = true;
  return Take(ledger, s, *tr, changed, reason, "");
}

Result<store::BudgetSpendingRecord> ResubmitSpending(const Ledger& ledger, store::Id id,
                                                     const NewSpending& edited) {
  SW_ASSIGN_OR_RETURN(const cases::Workflow* workflow, SpendingWorkflow(ledger));
  SW_ASSIGN_OR_RETURN(SpendingInSight s, FindSpending(ledger, id));
  SW_ASSIGN_OR_RETURN(const cases::Transition* tr, StepFor(ledger, *workflow, s, "resubmit"));
  store::BudgetSpendingRecord changed = s.record;
  SW_RETURN_IF_ERROR(FillSpending(changed, edited, s.line.year));
  return Take(ledger, s, *tr, changed, "", ChangesOf(s.record, changed));
}

}  // namespace sanwang::support
