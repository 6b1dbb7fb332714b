// Who may do what in information work (docs/architecture.md §9: the rules live in the
// domain, routes only ask). Reading items: org::InformationReaderRoles — the editors and
// leaders see every item of the district, community, street and department staff the items
// of their own unit and of the units below it. Submitting: org::InformationWriterRoles, for
// their own unit. Reviewing (adopt, return, decline) and adding categories and levels:
// org::InformationEditorRoles. Acting on an item is the item workflow's
// (config/workflows/information_item.toml): its roles, and its scope — "unit" for the staff
// of the item's source unit, "any" for the editors. Pure functions; thread-safe.
#pragma once

#include "cases/actor.h"
#include "cases/workflow.h"
#include "governance/store/information_records.h"
#include "org/org_directory.h"

namespace sanwang::governance {

// PermissionDenied for a role that reads no information items or rankings.
Status MayReadInformation(const cases::Actor& actor);
// PermissionDenied for a role that submits no items, or a writer without a unit.
Status MaySubmitInformation(const cases::Actor& actor);
// PermissionDenied for a role that reviews no items.
Status MayEditInformation(const cases::Actor& actor);
// The items of `unit_id` are in the caller's sight.
bool SeesInformationOf(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id);
// The actor is within the transition's scope for this item.
bool InItemScope(const cases::Transition& transition, const cases::Actor& actor,
                 const store::InformationItemRecord& item);

}  // namespace sanwang::governance
