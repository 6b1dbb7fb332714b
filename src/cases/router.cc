#include "cases/router.h"

namespace sanwang::cases {
namespace {

std::optional<Id> AncestorId(const org::OrgDirectory& org, std::optional<Id> from, const char* kind) {
  if (!from) return std::nullopt;
  const store::UnitRecord* u = org.AncestorOfKind(*from, kind);
  return u ? std::optional<Id>(u->id) : std::nullopt;
}

std::optional<Id> UnitOfTier(const std::string& tier, const Placement& p) {
  if (tier == "grid") return p.grid ? p.grid : p.community;
  if (tier == "community") return p.community;
  if (tier == "street") return p.street;
  return std::nullopt;
}

}  // namespace

Placement PlaceCase(const org::OrgDirectory& org, std::optional<geo::LonLat> location,
                    std::optional<Id> fallback_community) {
  Placement p;
  if (location) p.grid = org.LocateGrid(*location);
  p.community = AncestorId(org, p.grid, "community");
  if (!p.community) p.community = AncestorId(org, fallback_community, "community");
  p.street = AncestorId(org, p.community, "street");
  return p;
}

Result<RouteDecision> RouteCase(const org::OrgDirectory& org, const store::CatalogItemRecord* item,
                                const Placement& place) {
  const store::UnitRecord* center = org.CommandCenter();
  if (center == nullptr)
    return FailedPrecondition("本区没有指挥中心可分派 the district has no command center to route to");
  if (item == nullptr) return RouteDecision{center->id, "unclassified: command center triage"};
  if (item->tier == "department") {
    const store::UnitRecord* dept = org.FindByCode(item->department_code);
    if (dept != nullptr && dept->kind == "department")
      return RouteDecision{dept->id, "department " + dept->code};
    return RouteDecision{center->id, "department " + item->department_code + " unknown: command center"};
  }
  if (auto unit = UnitOfTier(item->tier, place)) {
    return RouteDecision{*unit, "tier " + item->tier + " of the case's place"};
  }
  return RouteDecision{center->id, "place unknown: command center"};
}

std::optional<Id> NextTierUp(const org::OrgDirectory& org, Id unit) {
  const store::UnitRecord* u = org.Find(unit);
  const store::UnitRecord* center = org.CommandCenter();
  if (u == nullptr || u->kind == "command_center") return std::nullopt;
  if (u->kind == "grid" || u->kind == "community") {
    const store::UnitRecord* parent = u->parent_id ? org.Find(*u->parent_id) : nullptr;
    if (parent != nullptr && (parent->kind == "community" || parent->kind == "street")) return parent->id;
  }
  return center ? std::optional<Id>(center->id) : std::nullopt;
}

}  // namespace sanwang::cases
