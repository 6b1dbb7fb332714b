// The named sets of roles of residents' surveys (民意测评, governance/survey_access.h), kept
// beside roles.h and granted through its Capabilities() like every other set.
// Constant data; thread-safe.
#pragma once

#include "org/roles.h"

namespace sanwang::org {

// Those who run surveys — write the questionnaire and its indices, open and close a round,
// hand out one-time links, export the answers: the district office that also supervises
// (supervisor), not the system administrator, who keeps the system and not its content.
RoleSet SurveyOrganizerRoles();
// Those who answer on the phone pages under their own account: residents, in the community
// their account belongs to.
RoleSet SurveyRespondentRoles();
// Those who type in paper and telephone answers for the communities in their scope: grid
// workers, community and street staff.
RoleSet SurveyRecorderRoles();
// Those who read the indices, the trend, the comparison between communities and the free
// text: staff of units, the command center, the offices and leaders.
RoleSet SurveyReaderRoles();
// Everyone who sees surveys at all: the sets above together.
RoleSet SurveyUserRoles();

}  // namespace sanwang::org
