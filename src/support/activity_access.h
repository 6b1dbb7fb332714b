// Who may do what with in-service party members and volunteer activities
// (docs/architecture.md §9: the rules live in the domain, routes only ask). The organizers
// of a unit — community and street staff whose scope holds it, and admins everywhere
// (org::ActivityOrganizerRoles) — publish and cancel its activities, check participants in
// and out, and confirm or decline registrations with its communities. Residents
// (org::ActivityParticipantRoles) register and sign up: for a public activity anyone of
// them, for a members-only one those with a confirmed registration. Participants' phones
// are shown to the organizers only. Pure functions over the OrgDirectory; thread-safe.
#pragma once

#include "cases/actor.h"
#include "core/time.h"
#include "org/org_directory.h"
#include "support/store/activity_records.h"

namespace sanwang::support {

inline constexpr const char* kOpenToPublic = "public";
inline constexpr const char* kOpenToMembers = "members";

// Whether the actor organizes the activities of `unit_id` and decides registrations there.
bool OrganizesUnit(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id);
// The units.path under which the actor organizes activities ("" for the whole district, an
// admin's); PermissionDenied for who organizes none.
Result<std::string> OrganizedUnitsPath(const org::OrgDirectory& org, const cases::Actor& actor);
// PermissionDenied, or FailedPrecondition naming what is wrong, when the actor may not sign
// up for the activity now; `confirmed_member`: the actor has a confirmed registration.
Status MaySignUp(const cases::Actor& actor, const store::ActivityRecord& activity, bool confirmed_member,
                 UnixSeconds now);

}  // namespace sanwang::support
