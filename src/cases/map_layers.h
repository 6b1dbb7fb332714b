// What the staff map shows: grids or communities with their open load and their staff,
// and cases as points.
//
// A unit's load is the open cases lying in it and how many of those are past their
// resolve deadline; its staff are the enabled accounts of the role that works there
// (grid workers of a grid, community staff of a community). The case layer holds at most
// kMapCaseLimit points, newest first, and says when there were more.
#pragma once

#include <vector>

#include "cases/workflow.h"
#include "org/org_directory.h"
#include "store/case_statistics_repository.h"

namespace sanwang::cases {

inline constexpr int kMapCaseLimit = 5000;

struct UnitOnMap {
  const store::UnitRecord* unit = nullptr;
  store::OpenLoad load;
  std::vector<store::UserRecord> staff;
};

// `level` is "grid" or "community"; the units of that kind within `scope`.
Result<std::vector<UnitOnMap>> UnitsOnMap(store::Database& db, const org::OrgDirectory& org,
                                          const Workflow& workflow, const std::string& level,
                                          const store::UnitRecord& scope, UnixSeconds now);

struct CasePoints {
  std::vector<store::CaseRecord> cases;
  bool truncated = false;
};

// The located cases matching `filter` (its limit and offset are replaced).
Result<CasePoints> CasesOnMap(store::Database& db, store::CaseFilter filter);

}  // namespace sanwang::cases
