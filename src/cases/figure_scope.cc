#include "cases/figure_scope.h"

#include <algorithm>

#include "cases/case_access.h"

namespace sanwang::cases {

bool MaySeeFigures(const Actor& a) { return org::InSet(org::FigureViewerRoles(), a.role); }

bool SeesUnit(const org::OrgDirectory& org, const Actor& actor, const store::UnitRecord& unit) {
  if (IsDistrictWide(actor)) return true;
  return actor.unit_id && org.InSubtree(*actor.unit_id, unit.id);
}

bool SeesPoint(const org::OrgDirectory& org, const Actor& actor, geo::LonLat where) {
  if (IsDistrictWide(actor)) return true;
  const auto grid = org.LocateGrid(where);
  const store::UnitRecord* unit = grid ? org.Find(*grid) : nullptr;
  return unit != nullptr && SeesUnit(org, actor, *unit);
}

Result<const store::UnitRecord*> FigureUnit(const org::OrgDirectory& org, const Actor& actor,
                                            const std::string& code) {
  if (!MaySeeFigures(actor))
    return PermissionDenied("角色无权查看统计 role " + actor.role + " sees no figures");
  const store::UnitRecord* own = IsDistrictWide(actor) ? org.Root()
                                 : actor.unit_id       ? org.Find(*actor.unit_id)
                                                       : nullptr;
  if (own == nullptr) return PermissionDenied("您的账号未归属单位 your account has no unit");
  if (code.empty()) return own;
  const store::UnitRecord* unit = org.FindByCode(code);
  if (unit == nullptr) return InvalidArgument("单位不存在 no unit '" + code + "'", "unit");
  if (!SeesUnit(org, actor, *unit))
    return PermissionDenied("单位超出权限范围 unit " + code + " is outside your scope");
  return unit;
}

store::CaseScope ScopeOfUnit(const org::OrgDirectory& org, const store::UnitRecord& unit) {
  store::CaseScope scope;
  scope.district_code = org.district_code();
  if (unit.kind != "district") scope.scope_path = unit.path;
  return scope;
}

std::vector<const store::UnitRecord*> UnitsWithin(const org::OrgDirectory& org,
                                                  const store::UnitRecord& scope, const std::string& kind) {
  std::vector<const store::UnitRecord*> out;
  for (const auto* u : org.OfKind(kind)) {
    if (org.InSubtree(scope.id, u->id)) out.push_back(u);
  }
  std::sort(out.begin(), out.end(), [](const auto* a, const auto* b) { return a->code < b->code; });
  return out;
}

}  // namespace sanwang::cases
