#include "support/budget_access.h"

#include "cases/figure_scope.h"
#include "org/roles.h"

namespace sanwang::support {
namespace {

bool Is(const cases::Actor& a, std::string_view role) { return a.role == role; }
bool OwnUnit(const cases::Actor& a, const store::UnitRecord& unit) { return a.unit_id == unit.id; }

Status NotYours(const store::UnitRecord& unit) {
  return PermissionDenied("无权管理该单位经费 you may not keep the books of " + unit.code);
}

}  // namespace

Status MayManageBudget(const cases::Actor& actor) {
  if (Is(actor, org::kAdmin)) return Status::Ok();
  return PermissionDenied("仅管理员可设立区级预算和类别 only admins set up district lines and categories");
}

Status MayReadBudget(const cases::Actor& actor) {
  if (org::InSet(org::BudgetReaderRoles(), actor.role)) return Status::Ok();
  return PermissionDenied("角色无权查看经费 role " + actor.role + " sees no budgets");
}

Status MayReadBudgetOf(const org::OrgDirectory& org, const cases::Actor& actor,
                       const store::UnitRecord& unit) {
  SW_RETURN_IF_ERROR(MayReadBudget(actor));
  if (cases::SeesUnit(org, actor, unit)) return Status::Ok();
  return PermissionDenied("单位超出权限范围 unit " + unit.code + " is outside your scope");
}

Status MayAllocateFrom(const cases::Actor& actor, const store::UnitRecord& from) {
  if (Is(actor, org::kAdmin) && from.kind == "district") return Status::Ok();
  if (Is(actor, org::kStreetStaff) && from.kind == "street" && OwnUnit(actor, from)) return Status::Ok();
  return NotYours(from);
}

Status MaySpendOn(const cases::Actor& actor, const store::UnitRecord& unit) {
  if (Is(actor, org::kAdmin) && unit.kind == "district") return Status::Ok();
  if (Is(actor, org::kStreetStaff) && unit.kind == "street" && OwnUnit(actor, unit)) return Status::Ok();
  if (Is(actor, org::kCommunityStaff) && unit.kind == "community" && OwnUnit(actor, unit))
    return Status::Ok();
  return NotYours(unit);
}

bool IsNextTierBelow(const store::UnitRecord& from, const store::UnitRecord& to) {
  if (to.parent_id != from.id) return false;
  return (from.kind == "district" && to.kind == "street") ||
         (from.kind == "street" && to.kind == "community");
}

}  // namespace sanwang::support
