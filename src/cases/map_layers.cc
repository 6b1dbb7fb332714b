#include "cases/map_layers.h"

#include <map>

#include "cases/figure_scope.h"
#include "cases/inbox_tabs.h"
#include "store/user_repository.h"

namespace sanwang::cases {

Result<std::vector<UnitOnMap>> UnitsOnMap(store::Database& db, const org::OrgDirectory& org,
                                          const Workflow& workflow, const std::string& level,
                                          const store::UnitRecord& scope, UnixSeconds now) {
  auto column = level == "grid" ? store::PlaceColumn::kGrid : store::PlaceColumn::kCommunity;
  std::string_view staff_role = level == "grid" ? org::kGridWorker : org::kCommunityStaff;
  std::vector<const store::UnitRecord*> units = UnitsWithin(org, scope, level);
  std::vector<std::string> open_states = HandledOpenStates(workflow);
  open_states.push_back(workflow.initial());
  SW_ASSIGN_OR_RETURN(auto loads, store::CaseStatisticsRepository(db).OpenLoadBy(org.district_code(), column,
                                                                                 now, open_states));
  std::vector<store::Id> ids;
  for (const auto* u : units) ids.push_back(u->id);
  SW_ASSIGN_OR_RETURN(auto accounts, store::UserRepository(db).OfUnits(ids));
  std::multimap<store::Id, store::UserRecord> staff;
  for (auto& a : accounts) {
    if (a.role == staff_role) staff.emplace(*a.unit_id, std::move(a));
  }
  std::vector<UnitOnMap> out;
  for (const auto* u : units) {
    UnitOnMap m{u, loads[u->id], {}};
    for (auto [it, end] = staff.equal_range(u->id); it != end; ++it) m.staff.push_back(it->second);
    out.push_back(std::move(m));
  }
  return out;
}

Result<CasePoints> CasesOnMap(store::Database& db, store::CaseFilter filter) {
  filter.located_only = true;
  filter.limit = kMapCaseLimit + 1;
  filter.offset = 0;
  CasePoints points;
  SW_ASSIGN_OR_RETURN(points.cases, store::CaseRepository(db).List(filter));
  if (points.cases.size() > static_cast<std::size_t>(kMapCaseLimit)) {
    points.cases.resize(kMapCaseLimit);
    points.truncated = true;
  }
  return points;
}

}  // namespace sanwang::cases
