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

namespace {

// Orders two optional rates: higher first, a measured rate before an unmeasured one.
int CompareRate(const std::optional<double>& a, const std::optional<double>& b) {
  if (a.has_value() != b.has_value()) return a.has_value() ? -1 : 1;
  if (!a || *a == *b) return 0;
  return *a > *b ? -1 : 1;
}

// Negative when `a` ranks above `b`, zero when they share a rank (ranking.h lists the keys).
int CompareForRank(const RankingRow& a, const RankingRow& b) {
  const Indicators& x = a.indicators;
  const Indicators& y = b.indicators;
  for (int c : {CompareRate(a.score, b.score), CompareRate(x.on_time_resolution, y.on_time_resolution),
                CompareRate(x.satisfaction, y.satisfaction),
                CompareRate(x.on_time_acceptance, y.on_time_acceptance)}) {
    if (c != 0) return c;
  }
  if (x.cases != y.cases) return x.cases > y.cases ? -1 : 1;
  return 0;
}

bool Rankable(const RankingRow& row, int min_cases) {
  return row.score.has_value() && row.indicators.cases >= std::max(min_cases, 1);
}

}  // namespace

void AssignRanks(std::vector<RankingRow>& rows, int min_cases) {
  std::stable_sort(rows.begin(), rows.end(), [min_cases](const RankingRow& a, const RankingRow& b) {
    bool ra = Rankable(a, min_cases), rb = Rankable(b, min_cases);
    if (ra != rb) return ra;
    int c = ra ? CompareForRank(a, b) : 0;
    if (c != 0) return c < 0;
    return a.unit->code < b.unit->code;
  });
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (!Rankable(rows[i], min_cases)) {
      rows[i].rank = 0;
      continue;
    }
    bool tied = i > 0 && rows[i - 1].rank > 0 && CompareForRank(rows[i], rows[i - 1]) == 0;
    rows[i].rank = tied ? rows[i - 1].rank : static_cast<int>(i) + 1;
  }
}

Result<std::vector<RankingRow>> RankUnits(store::Database& db, const org::OrgDirectory& org,
                                          const std::vector<const store::UnitRecord*>& units,
                                          const DayPeriod& period, const RankingRules& rules) {
  std::vector<store::Id> ids;
  for (const auto* u : units) ids.push_back(u->id);
  SW_ASSIGN_OR_RETURN(auto counters, CountersOverDays(db, org.district_code(), ids, period));
  std::vector<RankingRow> rows;
  for (const auto* u : units) {
    RankingRow row;
    row.unit = u;
    row.indicators = FromCounters(u->id, 0, counters[u->id]);
    row.score = RankingScore(row.indicators, rules.weights);
    rows.push_back(row);
  }
  AssignRanks(rows, rules.min_cases);
  return rows;
}

}  // namespace sanwang::cases
