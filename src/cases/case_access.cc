#include "cases/case_access.h"

namespace sanwang::cases {
namespace {

bool UnitScoped(const Actor& a) { return org::InSet(org::UnitScopedRoles(), a.role); }

bool Within(const org::OrgDirectory& org, const Actor& a, std::optional<store::Id> unit) {
  return a.unit_id && unit && org.InSubtree(*a.unit_id, *unit);
}

}  // namespace

bool IsDistrictWide(const Actor& a) { return org::InSet(org::DistrictWideRoles(), a.role); }

bool CanReadCase(const org::OrgDirectory& org, const Actor& a, const store::CaseRecord& c, bool follows) {
  if (c.district_code != org.district_code()) return false;  // another district's: never
  if (IsDistrictWide(a)) return true;
  if (a.role == org::kResident) return a.user_id && (a.user_id == c.reporter_user_id || follows);
  if (!UnitScoped(a)) return false;
  return Within(org, a, c.unit_id) || Within(org, a, c.grid_id) || Within(org, a, c.community_id);
}

bool HandlesCase(const Actor& a, const store::CaseRecord& c) {
  if (!a.unit_id) return false;
  if (a.role == org::kCommandCenter) return !c.unit_id || c.unit_id == a.unit_id;
  return UnitScoped(a) && c.unit_id == a.unit_id;
}

bool CanSeeReporter(const Actor& a, const store::CaseRecord& c) {
  if (c.anonymous) return false;
  if (a.role == org::kResident) return a.user_id && a.user_id == c.reporter_user_id;
  return HandlesCase(a, c);
}

bool AuditMayNameCase(const Actor& a) { return a.role != org::kResident; }

bool CanAddPhotos(const Actor& a) {
  return a.role != org::kSupervisor && a.role != org::kLeader && a.role != org::kAdmin;
}

Status RestrictToReadable(const org::OrgDirectory& org, const Actor& a, store::CaseFilter& filter) {
  if (IsDistrictWide(a)) return Status::Ok();
  if (a.role == org::kResident) {
    if (!a.user_id) return PermissionDenied("请先登录 sign in to list your cases");
    filter.reported_or_followed_by = a.user_id;
    return Status::Ok();
  }
  if (!UnitScoped(a) || !a.unit_id)
    return PermissionDenied("该角色无权查看诉求 role " + a.role + " reads no cases");
  const store::UnitRecord* unit = org.Find(*a.unit_id);
  if (unit == nullptr) return PermissionDenied("您所在的单位已不存在 your unit no longer exists");
  filter.scope_path = unit->path;
  return Status::Ok();
}

}  // namespace sanwang::cases
