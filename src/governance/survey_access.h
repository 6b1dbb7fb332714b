// Who may do what with residents' surveys (民意测评; docs/architecture.md §9: the rules live
// in the domain, routes only ask). Organizers (org::SurveyOrganizerRoles) write surveys, open
// and close them, hand out one-time links and export the answers. Residents
// (org::SurveyRespondentRoles) see the open surveys of an area that holds their community
// and answer each once. Recorders (org::SurveyRecorderRoles) type in paper and telephone
// answers for the communities in their scope. Readers (org::SurveyReaderRoles) read the
// indices, trends, comparisons and free text of every survey of the district — the
// comparison between communities is what the survey is for. Pure functions; thread-safe.
#pragma once

#include "cases/actor.h"
#include "org/org_directory.h"
#include "store/records.h"

namespace sanwang::governance {

// PermissionDenied for a role that sees no surveys.
Status MaySeeSurveys(const cases::Actor& actor);
// PermissionDenied for a role that runs no surveys.
Status MayOrganizeSurveys(const cases::Actor& actor);
// Whether the role reads every survey of the district (drafts included for organizers).
bool SeesEverySurvey(const cases::Actor& actor);
// PermissionDenied for a role that reads no indices.
Status MayReadSurveyResults(const cases::Actor& actor);
// The community an account answers for: a resident's own community. PermissionDenied for a
// role that does not answer, or an account without a community.
Result<store::Id> RespondentCommunity(const cases::Actor& actor, const org::OrgDirectory& org);
// PermissionDenied unless the caller records answers and `community` is in their scope.
Status MayRecordFor(const cases::Actor& actor, const org::OrgDirectory& org, store::Id community);

}  // namespace sanwang::governance
