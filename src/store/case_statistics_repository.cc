#include "store/case_statistics_repository.h"

#include "store/sql_text.h"

namespace sanwang::store {
namespace {

// The thirteen counters of CaseCounters, in order, as aggregates over case rows: the SQL
// twin of ContributionOf (a comparison with NULL is not true, so a case without a
// deadline is never on time).
constexpr const char* kCounterSums =
    "COUNT(*), "
    "COALESCE(SUM(CASE WHEN accepted_at IS NOT NULL THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN accepted_at <= accept_due THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN resolved_at IS NOT NULL THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN resolved_at <= resolve_due THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN rating IS NOT NULL THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN rating = 1 THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(CASE WHEN repeat_of IS NOT NULL THEN 1 ELSE 0 END), 0), "
    "COALESCE(SUM(handling_seconds), 0), COALESCE(SUM(return_count), 0), "
    "COALESCE(SUM(escalate_count), 0), COALESCE(SUM(overdue), 0), "
    "COALESCE(SUM(CASE WHEN rating IS NOT NULL THEN rating_stars ELSE 0 END), 0)";

// A local day number from a Unix-seconds column: whole days since 1970-01-01 in UTC+8.
std::string LocalDay(const std::string& column) {
  return "((" + column + " + " + std::to_string(kShanghaiOffsetSeconds) + ") / 86400)";
}

CaseCounters CountersFrom(const Row& r, std::size_t first) {
  CaseCounters k;
  for (std::size_t i = 0; i < kCaseCounterFields.size(); ++i) k.*kCaseCounterFields[i] = r.Int(first + i);
  return k;
}

// "district_code = ? AND <scope>" for a CaseScope; `district_term` compares the district.
std::string ScopeWhere(const CaseScope& scope, SqlParams& params,
                       const char* district_term = "district_code = ?") {
  std::string where = district_term;
  params.push_back(scope.district_code);
  if (!scope.scope_path.empty()) {
    where +=
        " AND (unit_id IN (SELECT id FROM units WHERE path LIKE ?) OR grid_id IN "
        "(SELECT id FROM units WHERE path LIKE ?))";
    params.push_back(scope.scope_path + "%");
    params.push_back(scope.scope_path + "%");
  }
  return where;
}

std::string StateList(const std::vector<std::string>& states, SqlParams& params) {
  for (const auto& s : states) params.push_back(s);
  return "(" + Placeholders(states.size()) + ")";
}

const char* ColumnName(PlaceColumn c) {
  switch (c) {
    case PlaceColumn::kGrid:
      return "grid_id";
    case PlaceColumn::kCommunity:
      return "community_id";
    case PlaceColumn::kStreet:
      return "street_id";
  }
  return "grid_id";
}

}  // namespace

Result<std::map<Id, CaseCounters>> CaseStatisticsRepository::CountersByUnit(const std::string& district,
                                                                            const std::vector<Id>& units,
                                                                            UnixSeconds from,
                                                                            UnixSeconds to) {
  std::map<Id, CaseCounters> out;
  if (units.empty() || from >= to) return out;
  // One branch per column a case counts under; the handling unit only when it is not
  // already one of the case's places (CountedUnits in case_repository.cc).
  const std::string unit_list = "(" + Placeholders(units.size()) + ")";
  const std::string period = "district_code = ? AND created_at >= ? AND created_at < ?";
  const char* branches[] = {"grid_id", "community_id", "street_id", "unit_id"};
  std::string sql;
  SqlParams params;
  for (const char* column : branches) {
    if (!sql.empty()) sql += " UNION ALL ";
    sql += std::string("SELECT ") + column + " AS counted_unit, " + kCounterSums + " FROM cases WHERE " +
           period + " AND " + column + " IN " + unit_list;
    if (std::string(column) == "unit_id") {
      sql +=
          " AND (grid_id IS NULL OR unit_id <> grid_id) AND (community_id IS NULL OR unit_id <> community_id)"
          " AND (street_id IS NULL OR unit_id <> street_id)";
    }
    sql += std::string(" GROUP BY ") + column;
    params.insert(params.end(), {district, from, to});
    for (Id u : units) params.push_back(u);
  }
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  for (const Row& r : rows) {
    CaseCounters k = CountersFrom(r, 1);
    CaseCounters& into = out[r.Int(0)];
    for (auto field : kCaseCounterFields) into.*field += k.*field;
  }
  return out;
}

Result<CaseCounters> CaseStatisticsRepository::CountersOfScope(const CaseScope& scope, UnixSeconds from,
                                                               UnixSeconds to) {
  SqlParams params;
  std::string where = ScopeWhere(scope, params);
  params.insert(params.end(), {from, to});
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string("SELECT ") + kCounterSums + " FROM cases WHERE " +
                                               where + " AND created_at >= ? AND created_at < ?",
                                           params));
  return CountersFrom(rows.at(0), 0);
}

Result<std::map<std::int64_t, DayFigures>> CaseStatisticsRepository::PerDay(
    const CaseScope& scope, UnixSeconds from, UnixSeconds to, UnixSeconds now,
    const std::vector<std::string>& open_states) {
  std::map<std::int64_t, DayFigures> out;
  auto per_day = [&](const std::string& column, const std::string& extra, const SqlParams& extra_params,
                     std::int64_t DayFigures::*field) -> Status {
    SqlParams params;
    // `district_code || ''` keeps the district out of index choice, so that the period's
    // range on `column` (indexes cases_resolved_at, cases_resolve_due) drives the search.
    std::string where = ScopeWhere(scope, params, "(district_code || '') = ?");
    params.insert(params.end(), {from, to});
    params.insert(params.end(), extra_params.begin(), extra_params.end());
    SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT " + LocalDay(column) + ", COUNT(*) FROM cases WHERE " +
                                                 where + " AND " + column + " >= ? AND " + column + " < ?" +
                                                 extra + " GROUP BY " + LocalDay(column),
                                             params));
    for (const Row& r : rows) out[r.Int(0)].*field = r.Int(1);
    return Status::Ok();
  };
  SW_RETURN_IF_ERROR(per_day("created_at", "", {}, &DayFigures::created));
  SW_RETURN_IF_ERROR(per_day("resolved_at", "", {}, &DayFigures::resolved));
  SqlParams missed_params = {now};
  std::string states = StateList(open_states, missed_params);
  SW_RETURN_IF_ERROR(
      per_day("resolve_due",
              " AND resolve_due < ? AND (resolved_at > resolve_due OR (resolved_at IS NULL AND state IN " +
                  states + "))",
              missed_params, &DayFigures::deadlines_missed));
  return out;
}

Result<std::vector<std::pair<std::string, std::int64_t>>> CaseStatisticsRepository::CountsByAspect(
    const CaseScope& scope, UnixSeconds from, UnixSeconds to) {
  SqlParams params;
  std::string where = ScopeWhere(scope, params);
  params.insert(params.end(), {from, to, scope.district_code});
  SW_ASSIGN_OR_RETURN(
      auto rows,
      db_.Query(
          "SELECT i.aspect_code, COUNT(*) FROM (SELECT item_code FROM cases WHERE " + where +
              " AND created_at >= ? AND created_at < ?) c JOIN catalog_items i ON i.district_code = ? AND "
              "i.code = c.item_code GROUP BY i.aspect_code ORDER BY COUNT(*) DESC, i.aspect_code",
          params));
  std::vector<std::pair<std::string, std::int64_t>> out;
  for (const Row& r : rows) out.emplace_back(r.Text(0), r.Int(1));
  return out;
}

Result<std::map<Id, OpenLoad>> CaseStatisticsRepository::OpenLoadBy(
    const std::string& district, PlaceColumn column, UnixSeconds now,
    const std::vector<std::string>& open_states) {
  std::map<Id, OpenLoad> out;
  if (open_states.empty()) return out;
  const std::string c = ColumnName(column);
  SqlParams params = {now, district};
  std::string states = StateList(open_states, params);
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query("SELECT " + c +
                               ", COUNT(*), COALESCE(SUM(CASE WHEN resolve_due < ? "
                               "THEN 1 ELSE 0 END), 0) FROM cases WHERE district_code = ? AND state IN " +
                               states + " AND " + c + " IS NOT NULL GROUP BY " + c,
                           params));
  for (const Row& r : rows) out[r.Int(0)] = {r.Int(1), r.Int(2)};
  return out;
}

}  // namespace sanwang::store
