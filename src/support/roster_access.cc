#include "support/roster_access.h"

#include "cases/figure_scope.h"
#include "org/roles.h"

namespace sanwang::support {

Status MayReadRoster(const cases::Actor& actor) {
  if (org::InSet(org::RosterReaderRoles(), actor.role)) return Status::Ok();
  return PermissionDenied("该角色不能查看社区工作者名册 role " + actor.role + " may not read the roster");
}

bool SeesRosterOf(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id) {
  if (!MayReadRoster(actor).ok()) return false;
  const store::UnitRecord* unit = org.Find(unit_id);
  return unit != nullptr && cases::SeesUnit(org, actor, *unit);
}

bool KeepsRosterOf(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id) {
  if (!org::InSet(org::RosterKeeperRoles(), actor.role)) return false;
  if (actor.role == org::kAdmin) return org.Find(unit_id) != nullptr;
  return actor.unit_id && org.InSubtree(*actor.unit_id, unit_id);
}

bool MayRevealPersonalData(const org::OrgDirectory& org, const cases::Actor& actor,
                           const store::WorkerRecord& w) {
  if (!KeepsWorker(org, actor, w)) return false;
  return actor.role == org::kAdmin || (actor.unit_id && *actor.unit_id == w.unit_id);
}

}  // namespace sanwang::support
