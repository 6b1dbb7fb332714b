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
// quiet month. Scores are rounded to one decimal.
//
// A unit is ranked only from `min_cases` cases in the period: one resolved case on time
// would otherwise score 100 and tie for first with every other quiet unit. Units below the
// minimum (and units with no case) are listed after the ranked ones, unranked (rank 0).
//
// Equal scores are broken, in order, by: on-time resolution, satisfaction, on-time
// acceptance (a measured rate before an unmeasured one), then more cases handled. Units
// equal on all of these share a rank (1, 2, 2, 4) and are listed by unit code.
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

struct RankingRules {
  RankingWeights weights;
  // Cases a unit needs in the period to be ranked (Config::ranking_min_cases).
  int min_cases = 5;
};

struct RankingRow {
  int rank = 0;
  const store::UnitRecord* unit = nullptr;
  Indicators indicators;
  std::optional<double> score;
  bool ranked() const { return rank > 0; }
};

std::optional<double> RankingScore(const Indicators& i, const RankingWeights& w = {});

// Orders rows by score and the tie-breakers and gives ranks to the rows with at least
// `min_cases` cases and a score; the others get rank 0 and come last.
void AssignRanks(std::vector<RankingRow>& rows, int min_cases);

Result<std::vector<RankingRow>> RankUnits(store::Database& db, const org::OrgDirectory& org,
                                          const std::vector<const store::UnitRecord*>& units,
                                          const DayPeriod& period, const RankingRules& rules = {});

}  // namespace sanwang::cases
