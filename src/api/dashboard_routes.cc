// The dashboard and the rankings of grids and communities, within the caller's scope.
#include "api/api.h"
#include "api/figure_schemas.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "cases/dashboard.h"
#include "cases/figure_scope.h"
#include "cases/ranking.h"

namespace sanwang::api {
namespace {

// from/to as YYYY-MM-DD; by default the 30 days ending today.
Result<cases::DayPeriod> PeriodFrom(Call& call) {
  LocalDate today = LocalDateOf(call.api.clock().Now());
  LocalDate to = today;
  if (std::string text = call.request.Query("to"); !text.empty()) {
    SW_ASSIGN_OR_RETURN(to, ParseDay(text, "to"));
  }
  LocalDate from{std::chrono::sys_days{to} - std::chrono::days{29}};
  if (std::string text = call.request.Query("from"); !text.empty()) {
    SW_ASSIGN_OR_RETURN(from, ParseDay(text, "from"));
  }
  return cases::MakePeriod(from, to);
}

nlohmann::json Rate(std::optional<double> r) { return r ? nlohmann::json(*r) : nlohmann::json(nullptr); }

nlohmann::json AspectsJson(const std::vector<std::pair<std::string, std::int64_t>>& counts,
                           const cases::Catalog& catalog) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [code, n] : counts) {
    const store::AspectRecord* aspect = nullptr;
    for (const auto& a : catalog.aspects()) {
      if (a.code == code) aspect = &a;
    }
    out.push_back({{"code", code},
                   {"name_zh", aspect ? aspect->name : code},
                   {"name_en", aspect ? aspect->name_en : ""},
                   {"count", n}});
  }
  return out;
}

nlohmann::json DashboardJson(const cases::Dashboard& d, const store::UnitRecord& unit,
                             const cases::DayPeriod& period, const cases::Catalog& catalog) {
  nlohmann::json by_day = nlohmann::json::array();
  for (const auto& day : d.by_day) {
    by_day.push_back({{"date", FormatDate(day.date)},
                      {"new", day.created},
                      {"resolved", day.resolved},
                      {"overdue", day.deadlines_missed}});
  }
  return {{"unit", {{"code", unit.code}, {"name", unit.name}}},
          {"from", FormatDate(period.from)},
          {"to", FormatDate(period.to)},
          {"today", {{"new", d.new_today}, {"open", d.open_now}, {"overdue", d.overdue_now}}},
          {"rates",
           {{"on_time_acceptance", Rate(d.rates.on_time_acceptance)},
            {"on_time_resolution", Rate(d.rates.on_time_resolution)},
            {"satisfaction", Rate(d.rates.satisfaction)},
            {"rated", d.rates.rated},
            {"mean_stars", Rate(d.rates.mean_stars)}}},
          {"by_day", by_day},
          {"by_aspect", AspectsJson(d.by_aspect, catalog)}};
}

Result<HttpResponse> DashboardRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(const store::UnitRecord* unit,
                      cases::FigureUnit(call.domain->org, call.actor(), call.request.Query("unit")));
  SW_ASSIGN_OR_RETURN(auto period, PeriodFrom(call));
  SW_ASSIGN_OR_RETURN(auto d, cases::BuildDashboard(call.db, call.domain->org, call.api.workflow(), *unit,
                                                    period, call.api.clock().Now()));
  return JsonResponse(200, DashboardJson(d, *unit, period, call.domain->catalog));
}

nlohmann::json RankingRowJson(const cases::RankingRow& r) {
  return {{"rank", r.ranked() ? nlohmann::json(r.rank) : nlohmann::json(nullptr)},
          {"code", r.unit->code},
          {"name", r.unit->name},
          {"cases", r.indicators.cases},
          {"on_time_acceptance", Rate(r.indicators.on_time_acceptance)},
          {"on_time_resolution", Rate(r.indicators.on_time_resolution)},
          {"satisfaction", Rate(r.indicators.satisfaction)},
          {"rated", r.indicators.rated},
          {"mean_stars", Rate(r.indicators.mean_stars)},
          {"overdue", r.indicators.overdue},
          {"score", Rate(r.score)}};
}

Result<HttpResponse> Rankings(Call& call) {
  std::string level = call.request.Query("level");
  if (level.empty()) level = "community";
  if (level != "community" && level != "grid")
    return InvalidArgument("level 只能是 community 或 grid level must be community or grid", "level");
  SW_ASSIGN_OR_RETURN(const store::UnitRecord* unit,
                      cases::FigureUnit(call.domain->org, call.actor(), call.request.Query("unit")));
  SW_ASSIGN_OR_RETURN(auto period, PeriodFrom(call));
  auto units = cases::UnitsWithin(call.domain->org, *unit, level);
  SW_ASSIGN_OR_RETURN(auto rows,
                      cases::RankUnits(call.db, call.domain->org, units, period, call.api.options().ranking));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& r : rows) items.push_back(RankingRowJson(r));
  return JsonResponse(200, {{"level", level},
                            {"from", FormatDate(period.from)},
                            {"to", FormatDate(period.to)},
                            {"min_cases", call.api.options().ranking.min_cases},
                            {"rows", items}});
}

}  // namespace

void AddDashboardRoutes(Api& api) {
  api.AddHeavyRead(
      "/api/v1/dashboard", Access::Roles(org::FigureViewerRoles()),
      RouteDoc{
          "getDashboard",
          "A unit's dashboard (unit=CODE, from, to as YYYY-MM-DD): today, rates (with the number rated and "
          "their mean_stars, 1-5), per day, per aspect."}
          .Answers(DashboardSchema())
          .Query(UnitParameter("The unit (default the caller's own); within the caller's scope."))
          .Query(DayPeriodParameters("by default the 30 days ending today.")),
      FromResult(DashboardRoute));
  api.AddHeavyRead(
      "/api/v1/rankings", Access::Roles(org::FigureViewerRoles()),
      RouteDoc{
          "getRankings",
          "Grids or communities ranked by score (level=community|grid, unit=CODE, from, to); each row has "
          "satisfaction, rated and mean_stars."}
          .Answers(RankingsSchema())
          .Query("level", schema::Enum({"community", "grid"}), "What to rank (default community).")
          .Query(UnitParameter("Rank the units within this one (default the caller's own)."))
          .Query(DayPeriodParameters("by default the 30 days ending today.")),
      FromResult(Rankings));
}

}  // namespace sanwang::api
