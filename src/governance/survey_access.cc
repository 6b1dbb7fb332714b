#include "governance/survey_access.h"

#include "org/survey_roles.h"

namespace sanwang::governance {

Status MaySeeSurveys(const cases::Actor& actor) {
  if (org::InSet(org::SurveyUserRoles(), actor.role) || org::InSet(org::SurveyOrganizerRoles(), actor.role))
    return Status::Ok();
  return PermissionDenied("无权查看民意测评 your role does not see surveys");
}

Status MayOrganizeSurveys(const cases::Actor& actor) {
  if (!org::InSet(org::SurveyOrganizerRoles(), actor.role))
    return PermissionDenied("无权组织民意测评 your role does not run surveys");
  return Status::Ok();
}

bool SeesEverySurvey(const cases::Actor& actor) { return org::InSet(org::SurveyReaderRoles(), actor.role); }

Status MayReadSurveyResults(const cases::Actor& actor) {
  if (!org::InSet(org::SurveyReaderRoles(), actor.role))
    return PermissionDenied("无权查看测评结果 your role does not read survey results");
  return Status::Ok();
}

Result<store::Id> RespondentCommunity(const cases::Actor& actor, const org::OrgDirectory& org) {
  if (!actor.user_id || !org::InSet(org::SurveyRespondentRoles(), actor.role))
    return PermissionDenied(
        "只有居民账号可以作答，工作人员请录入纸质或电话问卷 only residents answer; staff record "
        "paper or telephone answers");
  const store::UnitRecord* community =
      actor.unit_id ? org.AncestorOfKind(*actor.unit_id, "community") : nullptr;
  if (community == nullptr)
    return PermissionDenied("您的账号未关联社区，无法作答 your account belongs to no community");
  return community->id;
}

Status MayRecordFor(const cases::Actor& actor, const org::OrgDirectory& org, store::Id community) {
  if (!org::InSet(org::SurveyRecorderRoles(), actor.role))
    return PermissionDenied("无权录入问卷 your role does not record answers");
  // A grid worker records for the community their grid belongs to; other staff for the
  // communities at or below their unit.
  const store::UnitRecord* own = actor.unit_id ? org.Find(*actor.unit_id) : nullptr;
  if (own != nullptr && own->kind == "grid") own = org.AncestorOfKind(own->id, "community");
  if (own == nullptr || !org.InSubtree(own->id, community))
    return PermissionDenied(
        "只能为本辖区的社区录入问卷 you record answers only for communities in your scope");
  return Status::Ok();
}

}  // namespace sanwang::governance
