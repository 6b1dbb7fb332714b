// Who may do what with the workforce roster (docs/architecture.md §9: the rules live in the
// domain, routes only ask). Reading: the roles of org::RosterReaderRoles, each seeing the
// workers of units in its scope (cases::SeesUnit: the district-wide roles all of them,
// staff of a unit those at or below it). Keeping — adding and editing workers, their
// trainings, households figures — and seeing ID numbers and phones in full belong to the
// same people: community and street staff whose unit holds the worker's unit (the
// worker's own unit or one above it) and admins everywhere (org::RosterKeeperRoles).
// ID numbers and phones go out masked to everyone, in lists and records alike: the staff
// of the worker's own unit and admins see them one worker at a time, through a reveal
// the server audits. Pure functions over the OrgDirectory; thread-safe.
#pragma once

#include "cases/actor.h"
#include "org/org_directory.h"
#include "support/store/roster_records.h"

namespace sanwang::support {

// PermissionDenied for a role that reads no roster.
Status MayReadRoster(const cases::Actor& actor);
// The workers of `unit_id` are in the caller's sight.
bool SeesRosterOf(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id);
// The caller keeps the roster of `unit_id`: adds and edits its workers and trainings.
bool KeepsRosterOf(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id);
inline bool KeepsWorker(const org::OrgDirectory& org, const cases::Actor& actor,
                        const store::WorkerRecord& w) {
  return w.district_code == org.district_code() && KeepsRosterOf(org, actor, w.unit_id);
}
// The caller may reveal the worker's ID number and phone: a keeper of the worker's own
// unit (not of a unit above it) or an admin.
bool MayRevealPersonalData(const org::OrgDirectory& org, const cases::Actor& actor,
                           const store::WorkerRecord& w);

}  // namespace sanwang::support
