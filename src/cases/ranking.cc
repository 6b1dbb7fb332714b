#include "cases/ranking.h"

#include <algorithm>
#include <cmath>

namespace sanwang::cases {

std::optional<double> RankingScore(const Indicators& i, const RankingWeights& w) {
  if (i.cases <= 0) return std::nullopt;
  double weighted = 0;
  double weights = 0;
  auto add = [&](std::optional<double> x, double weight) {
    if (!x) return;
    weighted += weight * *x;
    weights += weight;
  };
  add(i.on_time_acceptance, w.on_time_acceptance);
  add(i.on_time_resolution, w.on_time_resolution);
  add(i.satisfaction, w.satisfaction);
  add(1.0 - static_cast<double>(i.overdue) / static_cast<double>(i.cases), w.overdue);
  if (weights <= 0) return std::nullopt;
  return std::round(1000.0 * weighted / weights) / 10.0;
}

void AssignRanks(std::vector<RankingRow>& rows) {
  std::stable_sort(rows.begin(), rows.end(), [](const RankingRow& a, const RankingRow& b) {
    if (a.score.has_value() != b.score.has_value()) return a.score.has_value();
    if (a.score && *a.score != *b.score) return *a.score > *b.score;
    return a.unit->code < b.unit->code;
  });
  for (std::size_t i = 0; i < rows.size(); ++i) {
    bool tied = i > 0 && rows[i].score == rows[i - 1].score;
    rows[i].rank = tied ? rows[i - 1].rank : static_cast<int>(i) + 1;
  }
}

Result<std::vector<RankingRow>> RankUnits(store::Database& db, const org::OrgDirectory& org,
                                          const std::vector<const store::UnitRecord*>& units, const DayPeriod& period) {
  std::vector<store::Id> ids;
  for (const auto* u : units) ids.push_back(u->id);
  SW_ASSIGN_OR_RETURN(auto counters, CountersOverDays(db, org.district_code(), ids, period));
  std::vector<RankingRow> rows;
  for (const auto* u : units) {
    RankingRow row;
    row.unit = u;
    row.indicators = FromCounters(u->id, 0, counters[u->id]);
    row.score = RankingScore(row.indicators);
    rows.push_back(row);
  }
  AssignRanks(rows);
  return rows;
}

}  // namespace sanwang::cases
