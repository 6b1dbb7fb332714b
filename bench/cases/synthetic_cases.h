// Synthetic cases for filling a database fast: each one is the CaseRecord the case engine
// would have left after the case's whole life — routed by the real router, deadlines on
// the real working calendar, accepted late or on time, returned, escalated, given an
// extension, resolved late or on time, rated, reopened, or still open today — written
// with only its first event. The indicator counters depend on the record alone
// (store::ContributionOf), so they come out as the engine's would, at a fraction of the
// cost of playing every transition.
//
// Every case is placed in one of the demo grids; its handling unit is always that grid,
// its community or sub-district, a department or the command center, never another
// community (so a community's counters are exactly the cases whose community_id it is).
//
// Deterministic for a seed. Not thread-safe: one maker per filling thread.
#pragma once

#include <map>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "cases/catalog.h"
#include "cases/workflow.h"
#include "cli/context.h"
#include "cli/demo_district.h"
#include "core/working_calendar.h"
#include "org/org_directory.h"
#include "store/records.h"

namespace sanwang::bench {

struct SyntheticCase {
  store::CaseRecord record;
  store::CaseEventRecord first_event;  // the report ("submit")
};

// A demo grid resolved to its units.
struct GridPlace {
  store::Id grid = 0;
  store::Id community = 0;
  store::Id street = 0;
  geo::Box box;
};

// What the generator reads of the district; references into a loaded cli::Context.
struct District {
  const org::OrgDirectory* org = nullptr;
  const cases::Catalog* catalog = nullptr;
  const cases::Workflow* workflow = nullptr;
  const WorkingCalendar* calendar = nullptr;
  std::vector<GridPlace> grids;
  std::vector<const store::CatalogItemRecord*> items;
  std::vector<store::Id> residents;  // reporters of resident reports
  store::Id center_user = 0;         // who records hotline calls
};

// Reads the loaded domain of `ctx` and the demo grids (BuildDemoDistrict's result).
Result<District> LoadDistrict(cli::Context& ctx, std::span<const cli::DemoGrid> grids);

class SyntheticCaseMaker {
 public:
  // Cases are lived up to `now`: whatever would happen later has not happened yet.
  SyntheticCaseMaker(District district, UnixSeconds now, unsigned seed);

  // `count` report instants over the `days` before now, in the daytime, oldest first (a
  // real database fills in time order).
  std::vector<UnixSeconds> ReportTimes(int count, int days);
  // The next case, reported at `reported_at`.
  SyntheticCase Make(UnixSeconds reported_at);
  // The case as stored (with its id), so that a later report nearby may repeat it.
  void Filed(const store::CaseRecord& c);

 private:
  struct LastInGrid {
    store::Id id = 0;
    std::optional<store::Id> repeat_of;
    std::string item_code;
    UnixSeconds created_at = 0;
  };

  int Uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  double Real() { return std::uniform_real_distribution<double>(0.0, 1.0)(rng_); }
  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[static_cast<std::size_t>(Uniform(0, static_cast<int>(v.size()) - 1))];
  }
  store::CaseRecord Reported(const GridPlace& place, const store::CatalogItemRecord& item, UnixSeconds at);
  // The last case of the grid, when this report repeats it (a neighbour reporting the
  // same matter within the workflow's repeat window).
  const LastInGrid* RepeatCandidate(const GridPlace& place, UnixSeconds at);
  store::CaseEventRecord ReportEvent(const store::CaseRecord& c) const;

  District district_;
  UnixSeconds now_;
  std::mt19937 rng_;
  std::map<store::Id, LastInGrid> last_in_grid_;
};

}  // namespace sanwang::bench
