// The gaps of the workforce (the roster's 缺口): grids that no active grid worker walks,
// and communities staffed below their norm. The norm is households per worker (Config
// key roster_households_per_worker, default 300): a community of H households needs
// ceil(H / norm) community and grid workers; professional social workers are not counted
// against it. A community without a households figure is not judged and is listed as
// such, so a missing figure is seen rather than taken for a full staff. Pure functions;
// thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "org/org_directory.h"
#include "support/store/roster_records.h"

namespace sanwang::support {

inline constexpr std::int64_t kDefaultHouseholdsPerWorker = 300;

struct Understaffed {
  const store::UnitRecord* community = nullptr;
  std::int64_t households = 0;
  std::int64_t workers = 0;  // active community and grid workers
  std::int64_t needed = 0;
};

struct StaffingGaps {
  std::vector<const store::UnitRecord*> grids_without_worker;
  std::vector<Understaffed> understaffed;
  std::vector<const store::UnitRecord*> communities_without_households;
};

// The gaps among the grids and communities at or below `scope`, in code order.
// `households` maps a community's unit id to its figure; `households_per_worker` > 0.
StaffingGaps FindStaffingGaps(const org::OrgDirectory& org, const store::UnitRecord& scope,
                              const std::vector<store::WorkerRecord>& workers,
                              const std::map<store::Id, std::int64_t>& households,
                              std::int64_t households_per_worker);

}  // namespace sanwang::support
