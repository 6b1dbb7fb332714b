// Who may do what with the task ledger (docs/architecture.md §9: the rules live in the
// domain, routes only ask). Reading: the roles of org::LedgerReaderRoles — the supervision
// office (supervisor), leaders and admins see every milestone; community, street and
// department staff the milestones of their own unit and of the units below it. Laying the
// ledger out belongs to org::LedgerPlannerRoles. Acting on a milestone is the milestone
// workflow's (config/workflows/ledger_milestone.toml): its roles, and its scope — "unit"
// for the staff of the milestone's own responsible unit, "any" for the office. Pure
// functions over the OrgDirectory; thread-safe.
#pragma once

#include <set>

#include "cases/actor.h"
#include "cases/workflow.h"
#include "governance/store/ledger_records.h"
#include "org/org_directory.h"

namespace sanwang::governance {

// PermissionDenied for a role that reads no ledger.
Status MayReadLedger(const cases::Actor& actor);
// PermissionDenied for a role that may not lay the ledger out.
Status MayPlanLedger(const cases::Actor& actor);
// The milestones of `unit_id` are in the caller's sight.
bool SeesLedgerOf(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id);
// Every unit at or below `top`: a unit's sight in the ledger.
std::set<store::Id> UnitsAtOrBelow(const org::OrgDirectory& org, store::Id top);
// The actor is within the transition's scope for this milestone.
bool InMilestoneScope(const cases::Transition& transition, const cases::Actor& actor,
                      const store::LedgerMilestoneRecord& milestone);

}  // namespace sanwang::governance
