// Indicators per unit and period (docs/architecture.md §4): on-time acceptance, on-time resolution,
// satisfaction (and the mean stars of the ratings), repeat reports, average handling time, returned,
// escalated and overdue counts. Computed from the monthly counters the store keeps in step with every case
// event, so ranking every community over a year reads a few thousand rows.
//
// A rate is absent (not zero) when nothing could be measured: a unit with no rated case
// has no satisfaction rate. Pure functions over the repository.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/case_repository.h"

namespace sanwang::cases {

struct Indicators {
  store::Id unit_id = 0;
  int month = 0;  // 0 when summed over the whole period
  std::int64_t cases = 0;
  std::optional<double> on_time_acceptance;      // share of accepted cases signed for in time
  std::optional<double> on_time_resolution;      // share of resolved cases resolved in time
  std::optional<double> satisfaction;            // share of rated cases rated satisfied
  std::int64_t rated = 0;                        // cases rated (评价) by the reporter or a visit
  std::optional<double> mean_stars;              // their mean rating, 1..5 stars
  std::optional<double> repeat_rate;             // share of cases that repeat an open one
  std::optional<double> average_handling_hours;  // working hours from report to resolution
  std::int64_t returned = 0;
  std::int64_t escalated = 0;
  std::int64_t overdue = 0;
};

Indicators FromCounters(store::Id unit_id, int month, const store::CaseCounters& k);
void AddCounters(store::CaseCounters& into, const store::CaseCounters& k);

// One row per unit (summed over the months) or per unit and month.
enum class Grouping { kPerUnit, kPerUnitMonth };

Result<std::vector<Indicators>> ComputeIndicators(store::CaseRepository& repo,
                                                  const std::vector<store::Id>& units, int from_month,
                                                  int to_month, Grouping grouping);

}  // namespace sanwang::cases
