#include "bodies/body_access.h"

#include "cases/figure_scope.h"
#include "org/body_roles.h"

namespace sanwang::bodies {

Status MayReadBodies(const cases::Actor& actor) {
  if (org::InSet(org::OrgBodyReaderRoles(), actor.role)) return Status::Ok();
  return PermissionDenied("该角色不能查看党组织和社会组织 role " + actor.role +
                          " may not read party and social organizations");
}

bool SeesBodiesOf(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id) {
  if (!MayReadBodies(actor).ok()) return false;
  const store::UnitRecord* unit = org.Find(unit_id);
  return unit != nullptr && cases::SeesUnit(org, actor, *unit);
}

bool KeepsBodiesOf(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id) {
  if (!org::InSet(org::OrgBodyKeeperRoles(), actor.role)) return false;
  if (actor.role == org::kAdmin) return org.Find(unit_id) != nullptr;
  return actor.unit_id && org.InSubtree(*actor.unit_id, unit_id);
}

bool SeesContactOf(const cases::Actor& actor, const store::SocialOrgRecord& s) {
  if (actor.role == org::kAdmin) return true;
  return org::InSet(org::OrgBodyKeeperRoles(), actor.role) && actor.unit_id &&
         *actor.unit_id == s.community_id;
}

}  // namespace sanwang::bodies
