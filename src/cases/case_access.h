// Who may read a case, and who may see the reporter's name and phone (docs/architecture.md §9).
//
// Reading: a resident reads the cases they reported and those they follow (the original
// of a duplicate of theirs that staff merged into it); staff of a unit read the cases
// handled by or located in their unit's subtree; the command center, supervisors, leaders
// and admins read every case of the district. The reporter's name and phone are visible
// only to the reporter and to those handling the case now: the staff of the unit it is
// dispatched to, and the command center while it holds the case (not routed yet, or
// returned to it for triage). Units above the handler, supervisors, leaders and admins see
// them masked, and nobody sees an anonymous reporter. Nobody reads a case of another
// district than the OrgDirectory's. Pure functions over the OrgDirectory.
#pragma once

#include <string>

#include "cases/actor.h"
#include "org/org_directory.h"
#include "store/case_repository.h"

namespace sanwang::cases {

bool IsDistrictWide(const Actor& actor);
// `follows`: the actor follows the case (store::CaseRepository::IsFollower).
bool CanReadCase(const org::OrgDirectory& org, const Actor& actor, const store::CaseRecord& c,
                 bool follows = false);
// Whether `actor` is among those handling the case now (see above).
bool HandlesCase(const Actor& actor, const store::CaseRecord& c);
bool CanSeeReporter(const Actor& actor, const store::CaseRecord& c);

// Whether `actor` may add photos to a case they can read: the reporter and staff who work
// cases; supervisors, leaders and admins look, they do not add evidence.
bool CanAddPhotos(const Actor& actor);

// Whether the audit log may record which case `actor` acted on. Not for residents: a
// resident's rating or photo on an anonymous matter would tie it to their account in a log
// staff read. Their actions are audited by route ("/api/v1/cases/{id}/transitions") only.
bool AuditMayNameCase(const Actor& actor);

// Narrows a case list filter to what `actor` may read. Fails for roles that read no cases.
Status RestrictToReadable(const org::OrgDirectory& org, const Actor& actor, store::CaseFilter& filter);

}  // namespace sanwang::cases
