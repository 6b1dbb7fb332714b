#include "governance/information_access.h"

namespace sanwang::governance {

Status MayReadInformation(const cases::Actor& actor) {
  if (org::InSet(org::InformationReaderRoles(), actor.role)) return Status::Ok();
  return PermissionDenied("无权查看信息工作 your role may not read information work");
}

Status MaySubmitInformation(const cases::Actor& actor) {
  if (org::InSet(org::InformationWriterRoles(), actor.role) && actor.unit_id) return Status::Ok();
  return PermissionDenied("无权报送信息 your role may not submit information items");
}

Status MayEditInformation(const cases::Actor& actor) {
  if (org::InSet(org::InformationEditorRoles(), actor.role)) return Status::Ok();
  return PermissionDenied("无权审核信息 your role may not review information items");
}

bool SeesInformationOf(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id) {
  if (!org::InSet(org::InformationReaderRoles(), actor.role)) return false;
  if (org::ScopeKindOf(actor.role) == "district") return true;
  return actor.unit_id && org.InSubtree(*actor.unit_id, unit_id);
}

bool InItemScope(const cases::Transition& transition, const cases::Actor& actor,
                 const store::InformationItemRecord& item) {
  switch (transition.scope) {
    case cases::Scope::kAny:
      return true;
    case cases::Scope::kUnit:
      return actor.unit_id == item.unit_id;
    default:
      return false;  // reporters and followers have no items
  }
}

}  // namespace sanwang::governance
