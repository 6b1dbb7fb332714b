#include "governance/ledger_access.h"

namespace sanwang::governance {

Status MayReadLedger(const cases::Actor& actor) {
  if (org::InSet(org::LedgerReaderRoles(), actor.role)) return Status::Ok();
  return PermissionDenied("无权查看任务台账 your role may not read the task ledger");
}

Status MayPlanLedger(const cases::Actor& actor) {
  if (org::InSet(org::LedgerPlannerRoles(), actor.role)) return Status::Ok();
  return PermissionDenied("无权编制任务台账 your role may not lay out the task ledger");
}

bool SeesLedgerOf(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id) {
  if (!org::InSet(org::LedgerReaderRoles(), actor.role)) return false;
  if (org::ScopeKindOf(actor.role) == "district") return true;
  return actor.unit_id && org.InSubtree(*actor.unit_id, unit_id);
}

std::set<store::Id> UnitsAtOrBelow(const org::OrgDirectory& org, store::Id top) {
  std::set<store::Id> out;
  std::vector<store::Id> pending = {top};
  while (!pending.empty()) {
    store::Id id = pending.back();
    pending.pop_back();
    if (!out.insert(id).second) continue;
    for (const store::UnitRecord* child : org.Children(id)) pending.push_back(child->id);
  }
  return out;
}

bool InMilestoneScope(const cases::Transition& transition, const cases::Actor& actor,
                      const store::LedgerMilestoneRecord& milestone) {
  switch (transition.scope) {
    case cases::Scope::kAny:
      return true;
    case cases::Scope::kUnit:
      return actor.unit_id == milestone.unit_id;
    default:
      return false;  // reporters and followers have no milestones
  }
}

}  // namespace sanwang::governance
