#include "cases/indicators.h"

#include <map>

namespace sanwang::cases {
namespace {

std::optional<double> Ratio(std::int64_t part, std::int64_t whole) {
  if (whole <= 0) return std::nullopt;
  return static_cast<double>(part) / static_cast<double>(whole);
}

}  // namespace

void AddCounters(store::CaseCounters& into, const store::CaseCounters& k) {
  for (auto field : store::kCaseCounterFields) into.*field += k.*field;
}

Indicators FromCounters(store::Id unit_id, int month, const store::CaseCounters& k) {
  Indicators i;
  i.unit_id = unit_id;
  i.month = month;
  i.cases = k.cases;
  i.on_time_acceptance = Ratio(k.accepted_on_time, k.accepted);
  i.on_time_resolution = Ratio(k.resolved_on_time, k.resolved);
  i.satisfaction = Ratio(k.satisfied, k.rated);
  i.rated = k.rated;
  i.mean_stars = Ratio(k.stars, k.rated);
  i.repeat_rate = Ratio(k.repeats, k.cases);
  if (k.resolved > 0)
    i.average_handling_hours =
        static_cast<double>(k.handling_seconds) / 3600.0 / static_cast<double>(k.resolved);
  i.returned = k.returned;
  i.escalated = k.escalated;
  i.overdue = k.overdue;
  return i;
}

Result<std::vector<Indicators>> ComputeIndicators(store::CaseRepository& repo,
                                                  const std::vector<store::Id>& units, int from_month,
                                                  int to_month, Grouping grouping) {
  SW_ASSIGN_OR_RETURN(auto rows, repo.MonthlyCounters(units, from_month, to_month));
  std::vector<Indicators> out;
  if (grouping == Grouping::kPerUnitMonth) {
    for (const auto& r : rows) out.push_back(FromCounters(r.unit_id, r.month, r.counters));
    return out;
  }
  std::map<store::Id, store::CaseCounters> sums;
  for (store::Id u : units) sums[u];
  for (const auto& r : rows) AddCounters(sums[r.unit_id], r.counters);
  for (const auto& [unit, k] : sums) out.push_back(FromCounters(unit, 0, k));
  return out;
}

}  // namespace sanwang::cases
