// Who may do what with the party and social organizations of units (docs/architecture.md §9:
// the rules live in the domain, routes only ask). Reading: the roles of
// org::OrgBodyReaderRoles (org/body_roles.h), each seeing those of units in its scope (cases::SeesUnit: the
// district-wide roles all of them, staff of a unit those at or below it). Keeping —
// adding and editing — belongs to community and street staff whose unit holds the
// organization's unit, and to admins everywhere (org::OrgBodyKeeperRoles). A social
// organization's contact phone goes out masked except to the staff of the community it
// serves and to admins, as the roster masks personal data (support/personal_data.h). Pure
// functions over the OrgDirectory; thread-safe.
#pragma once

#include "bodies/store/body_records.h"
#include "cases/actor.h"
#include "org/org_directory.h"

namespace sanwang::bodies {

// PermissionDenied for a role that reads none.
Status MayReadBodies(const cases::Actor& actor);
// The organizations of `unit_id` are in the caller's sight.
bool SeesBodiesOf(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id);
// The caller adds and edits the organizations of `unit_id`.
bool KeepsBodiesOf(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id);
// The caller sees the contact phone of `social_org` in full: staff of the community it
// serves, and admins.
bool SeesContactOf(const cases::Actor& actor, const store::SocialOrgRecord& social_org);

}  // namespace sanwang::bodies
