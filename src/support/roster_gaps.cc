#include "support/roster_gaps.h"

#include <set>

#include "cases/figure_scope.h"
#include "support/roster.h"

namespace sanwang::support {
namespace {

bool CountsAgainstNorm(const store::WorkerRecord& w) {
  return w.active && (w.kind == "community_worker" || w.kind == kGridWorkerKind);
}

}  // namespace

StaffingGaps FindStaffingGaps(const org::OrgDirectory& org, const store::UnitRecord& scope,
                              const std::vector<store::WorkerRecord>& workers,
                              const std::map<store::Id, std::int64_t>& households,
                              std::int64_t households_per_worker) {
  std::set<store::Id> walked;
  std::map<store::Id, std::int64_t> staff;
  for (const store::WorkerRecord& w : workers) {
    if (w.active && w.kind == kGridWorkerKind && w.grid_id) walked.insert(*w.grid_id);
    if (CountsAgainstNorm(w)) ++staff[w.unit_id];
  }
  StaffingGaps gaps;
  for (const store::UnitRecord* grid : cases::UnitsWithin(org, scope, "grid")) {
    if (!walked.contains(grid->id)) gaps.grids_without_worker.push_back(grid);
  }
  for (const store::UnitRecord* community : cases::UnitsWithin(org, scope, "community")) {
    auto figure = households.find(community->id);
    if (figure == households.end()) {
      gaps.communities_without_households.push_back(community);
      continue;
    }
    const std::int64_t needed = (figure->second + households_per_worker - 1) / households_per_worker;
    const std::int64_t have = staff[community->id];
    if (have < needed) gaps.understaffed.push_back({community, figure->second, have, needed});
  }
  return gaps;
}

}  // namespace sanwang::support
