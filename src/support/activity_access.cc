#include "support/activity_access.h"

namespace sanwang::support {

bool OrganizesUnit(const org::OrgDirectory& org, const cases::Actor& actor, store::Id unit_id) {
  if (!org::InSet(org::ActivityOrganizerRoles(), actor.role)) return false;
  if (actor.role == org::kAdmin) return org.Find(unit_id) != nullptr;
  return actor.unit_id && org.InSubtree(*actor.unit_id, unit_id);
}

Result<std::string> OrganizedUnitsPath(const org::OrgDirectory& org, const cases::Actor& actor) {
  if (!org::InSet(org::ActivityOrganizerRoles(), actor.role)) {
    return PermissionDenied("无权组织志愿活动 you do not organize volunteer activities");
  }
  if (actor.role == org::kAdmin) return std::string();
  const store::UnitRecord* unit = actor.unit_id ? org.Find(*actor.unit_id) : nullptr;
  if (unit == nullptr) return PermissionDenied("账号没有所属单位 your account has no unit");
  return unit->path;
}

Status MaySignUp(const cases::Actor& actor, const store::ActivityRecord& activity, bool confirmed_member,
                 UnixSeconds now) {
  if (!org::InSet(org::ActivityParticipantRoles(), actor.role) || !actor.user_id) {
    return PermissionDenied("仅居民可报名志愿活动 only residents sign up for volunteer activities");
  }
  if (activity.state != "published") return FailedPrecondition("活动已取消 the activity is cancelled");
  if (now >= activity.starts_at) return FailedPrecondition("活动已开始，不能报名 the activity has begun");
  if (activity.open_to == kOpenToMembers && !confirmed_member) {
    return PermissionDenied(
        "该活动仅限已报到的在职党员 this activity is for confirmed in-service party members only");
  }
  return Status::Ok();
}

}  // namespace sanwang::support
