// Rankings of grids or communities over a period (通报排名), by one score from 0 to 100.
//
// The score weighs four indicators of the cases filed in the period (indicators.h):
//
//   score = 100 × Σ wᵢ·xᵢ / Σ wᵢ   over the indicators that could be measured
//
//   on-time acceptance   x = accepted on time / accepted          w = 0.25
//   on-time resolution   x = resolved on time / resolved          w = 0.35
//   satisfaction         x = rated satisfied / rated              w = 0.30
//   overdue              x = 1 − cases flagged overdue / cases    w = 0.10
//
// Resolution carries the most weight because it is what the resident waits for; the
// overdue term keeps a unit that signs for everything at once but lets cases run past
// their deadline from ranking high. An indicator with nothing to measure (no rated case)
// is left out and the other weights carry the score, so a unit is not punished for a
// quiet month; a unit with no case at all has no score and ranks last. Scores are rounded
// to one decimal; equal scores share a rank (1, 2, 2, 4), ties listed by unit code.
#pragma once

#include <optional>
#include <vector>

#include "cases/indicators.h"
#include "cases/period_counters.h"
#include "org/org_directory.h"

namespace sanwang::cases {

struct RankingWeights {
  double on_time_acceptance = 0.25;
  double on_time_resolution = 0.35;
  double satisfaction = 0.30;
  double overdue = 0.10;
};

struct RankingRow {
  int rank = 0;
  const store::UnitRecord* unit = nullptr;
  Indicators indicators;
  std::optional<double> score;
};

std::optional<double> RankingScore(const Indicators& i, const RankingWeights& w = {});

// Orders scored rows and gives them ranks.
void AssignRanks(std::vector<RankingRow>& rows);

Result<std::vector<RankingRow>> RankUnits(store::Database& db, const org::OrgDirectory& org,
                                          const std::vector<const store::UnitRecord*>& units, const DayPeriod& period);

}  // namespace sanwang::cases
