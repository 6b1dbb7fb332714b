#include "baseline_indicators.h"

#include <map>
#include <ostream>
#include <tuple>
#include <utility>

namespace sanwang::bench {
namespace {

constexpr int kMismatchesShown = 10;

// The counters of store::ContributionOf, summed. A comparison with NULL is not true, so
// "accepted_at <= accept_due" counts only cases that have both, as ContributionOf does.
constexpr const char* kCountersFromCases = R"SQL(
SELECT community_id, created_month,
  COUNT(*),
  SUM(CASE WHEN accepted_at IS NOT NULL THEN 1 ELSE 0 END),
  SUM(CASE WHEN accepted_at <= accept_due THEN 1 ELSE 0 END),
  SUM(CASE WHEN resolved_at IS NOT NULL THEN 1 ELSE 0 END),
  SUM(CASE WHEN resolved_at <= resolve_due THEN 1 ELSE 0 END),
  SUM(CASE WHEN rating IS NOT NULL THEN 1 ELSE 0 END),
  SUM(CASE WHEN rating = 1 THEN 1 ELSE 0 END),
  SUM(CASE WHEN repeat_of IS NOT NULL THEN 1 ELSE 0 END),
  CAST(COALESCE(SUM(handling_seconds), 0) AS BIGINT),
  SUM(return_count),
  SUM(escalate_count),
  SUM(overdue)
FROM cases
WHERE district_code = ? AND created_month BETWEEN ? AND ? AND community_id IS NOT NULL
GROUP BY community_id, created_month
ORDER BY community_id, created_month
)SQL";

store::UnitMonthCounters CountersFromRow(const store::Row& r) {
  store::UnitMonthCounters u;
  u.unit_id = r.Int(0);
  u.month = static_cast<int>(r.Int(1));
  store::CaseCounters& k = u.counters;
  std::int64_t* fields[] = {
      &k.cases,     &k.accepted, &k.accepted_on_time, &k.resolved, &k.resolved_on_time, &k.rated,
      &k.satisfied, &k.repeats,  &k.handling_seconds, &k.returned, &k.escalated,        &k.overdue};
  for (std::size_t i = 0; i < std::size(fields); ++i) *fields[i] = r.Int(i + 2);
  return u;
}

using UnitMonth = std::pair<store::Id, int>;

std::map<UnitMonth, store::CaseCounters> ByUnitMonth(const std::vector<store::UnitMonthCounters>& rows) {
  std::map<UnitMonth, store::CaseCounters> out;
  for (const auto& r : rows) out[{r.unit_id, r.month}] = r.counters;
  return out;
}

std::string Describe(const store::CaseCounters* k) {
  if (k == nullptr) return "(no row)";
  return "cases " + std::to_string(k->cases) + ", accepted " + std::to_string(k->accepted) + "/" +
         std::to_string(k->accepted_on_time) + " on time, resolved " + std::to_string(k->resolved) + "/" +
         std::to_string(k->resolved_on_time) + " on time, rated " + std::to_string(k->rated) + "/" +
         std::to_string(k->satisfied) + " satisfied, repeats " + std::to_string(k->repeats) + ", handling " +
         std::to_string(k->handling_seconds) + " s, returned " + std::to_string(k->returned) +
         ", escalated " + std::to_string(k->escalated) + ", overdue " + std::to_string(k->overdue);
}

const store::CaseCounters* Find(const std::map<UnitMonth, store::CaseCounters>& m, const UnitMonth& key) {
  auto it = m.find(key);
  return it == m.end() ? nullptr : &it->second;
}

auto Fields(const cases::Indicators& i) {
  return std::tie(i.unit_id, i.month, i.cases, i.on_time_acceptance, i.on_time_resolution, i.satisfaction,
                  i.repeat_rate, i.average_handling_hours, i.returned, i.escalated, i.overdue);
}

}  // namespace

Result<std::vector<store::UnitMonthCounters>> CommunityCountersFromCases(store::Database& db,
                                                                         const std::string& district,
                                                                         int from_month, int to_month) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db.Query(kCountersFromCases, {district, static_cast<std::int64_t>(from_month),
                                                    static_cast<std::int64_t>(to_month)}));
  std::vector<store::UnitMonthCounters> out;
  out.reserve(rows.size());
  for (const store::Row& r : rows) out.push_back(CountersFromRow(r));
  return out;
}

Result<std::vector<cases::Indicators>> CommunityIndicatorsFromCases(store::Database& db,
                                                                    const std::string& district,
                                                                    int from_month, int to_month) {
  SW_ASSIGN_OR_RETURN(auto rows, CommunityCountersFromCases(db, district, from_month, to_month));
  std::vector<cases::Indicators> out;
  out.reserve(rows.size());
  for (const auto& r : rows) out.push_back(cases::FromCounters(r.unit_id, r.month, r.counters));
  return out;
}

Status CompareCounters(const std::vector<store::UnitMonthCounters>& summary_table,
                       const std::vector<store::UnitMonthCounters>& from_cases, std::ostream& report) {
  const auto a = ByUnitMonth(summary_table);
  const auto b = ByUnitMonth(from_cases);
  std::map<UnitMonth, bool> keys;
  for (const auto& [key, k] : a) keys[key];
  for (const auto& [key, k] : b) keys[key];
  int mismatches = 0;
  for (const auto& [key, unused] : keys) {
    const store::CaseCounters* x = Find(a, key);
    const store::CaseCounters* y = Find(b, key);
    if (x != nullptr && y != nullptr && *x == *y) continue;
    if (++mismatches <= kMismatchesShown) {
      report << "MISMATCH unit " << key.first << " month " << key.second << ": summary table " << Describe(x)
             << "; cases table " << Describe(y) << "\n";
    }
  }
  if (mismatches == 0) return Status::Ok();
  return Internal("MISMATCH: the summary table and the cases table disagree on " +
                  std::to_string(mismatches) + " of " + std::to_string(keys.size()) + " community-months");
}

Status CompareIndicators(const std::vector<cases::Indicators>& summary_table,
                         const std::vector<cases::Indicators>& from_cases, std::ostream& report) {
  int mismatches = 0;
  const std::size_t n = std::min(summary_table.size(), from_cases.size());
  for (std::size_t i = 0; i < n; ++i) {
    if (Fields(summary_table[i]) == Fields(from_cases[i])) continue;
    if (++mismatches <= kMismatchesShown) {
      report << "MISMATCH indicators row " << i << " (unit " << summary_table[i].unit_id << " month "
             << summary_table[i].month << ")\n";
    }
  }
  if (mismatches == 0 && summary_table.size() == from_cases.size()) return Status::Ok();
  return Internal("MISMATCH: indicators differ in " + std::to_string(mismatches) + " rows (" +
                  std::to_string(summary_table.size()) + " rows from the summary table, " +
                  std::to_string(from_cases.size()) + " from the cases table)");
}

}  // namespace sanwang::bench
