#include "api/figure_schemas.h"

#include <cstdint>

#include "api/openapi_components.h"
#include "api/openapi_schema.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json Count() { return Integer(0, INT64_MAX); }

// A share from 0 to 1; null while nothing was due to count (no case accepted yet …).
json Rate() { return WithExample(Nullable(Number(0, 1)), 0.95); }

json MeanStars() { return WithExample(Nullable(Number(1, 5)), 4.6); }

json Day() { return Date(); }

json Month() {
  json m = WithExample(Integer(190001, 999912), 202611);
  m["description"] = "YYYYMM.";
  return m;
}

json Rates() {
  return ClosedObject({{"on_time_acceptance", Rate()},
                       {"on_time_resolution", Rate()},
                       {"satisfaction", Rate()},
                       {"rated", Count()},
                       {"mean_stars", MeanStars()}},
                      {"on_time_acceptance", "on_time_resolution", "satisfaction", "rated", "mean_stars"});
}

json DayCounts() {
  return ClosedObject({{"date", Day()}, {"new", Count()}, {"resolved", Count()}, {"overdue", Count()}},
                      {"date", "new", "resolved", "overdue"});
}

json AspectCount() {
  return ClosedObject({{"code", WithExample(String(), "A01")},
                       {"name_zh", WithExample(String(), "环境卫生")},
                       {"name_en", WithExample(String(), "Sanitation")},
                       {"count", Count()}},
                      {"code", "name_zh", "name_en", "count"});
}

json UnitName() {
  return ClosedObject(
      {{"code", WithExample(String(), "411002003001")}, {"name", WithExample(String(), "和平社区")}},
      {"code", "name"});
}

json RankingRow() {
  json rank = Nullable(Integer(1, INT64_MAX));
  rank["description"] = "Null for a unit with fewer cases than min_cases: listed, not ranked.";
  return ClosedObject({{"rank", rank},
                       {"code", WithExample(String(), "411002003001")},
                       {"name", WithExample(String(), "和平社区")},
                       {"cases", Count()},
                       {"on_time_acceptance", Rate()},
                       {"on_time_resolution", Rate()},
                       {"satisfaction", Rate()},
                       {"rated", Count()},
                       {"mean_stars", MeanStars()},
                       {"overdue", Count()},
                       {"score", WithExample(Nullable(Number(0, 100)), 92.5)}},
                      {"rank", "code", "name", "cases", "on_time_acceptance", "on_time_resolution",
                       "satisfaction", "rated", "mean_stars", "overdue", "score"});
}

json IndicatorRow() {
  json month = Nullable(Month());
  month["description"] = "YYYYMM with per_month=true; null for the whole period.";
  return Named("Indicators",
               ClosedObject({{"unit", Ref("schemas", "UnitRef")},
                             {"month", month},
                             {"cases", Count()},
                             {"on_time_acceptance", Rate()},
                             {"on_time_resolution", Rate()},
                             {"satisfaction", Rate()},
                             {"rated", Count()},
                             {"mean_stars", MeanStars()},
                             {"repeat_rate", Rate()},
                             {"average_handling_hours", WithExample(Nullable(Number()), 18.5)},
                             {"returned", Count()},
                             {"escalated", Count()},
                             {"overdue", Count()}},
                            {"unit", "month", "cases", "on_time_acceptance", "on_time_resolution",
                             "satisfaction", "rated", "mean_stars", "repeat_rate", "average_handling_hours",
                             "returned", "escalated", "overdue"}));
}

}  // namespace

json DashboardSchema() {
  return Named(
      "Dashboard",
      ClosedObject({{"unit", UnitName()},
                    {"from", Day()},
                    {"to", Day()},
                    {"today", ClosedObject({{"new", Count()}, {"open", Count()}, {"overdue", Count()}},
                                           {"new", "open", "overdue"})},
                    {"rates", Rates()},
                    {"by_day", ArrayOf(DayCounts())},
                    {"by_aspect", ArrayOf(AspectCount())}},
                   {"unit", "from", "to", "today", "rates", "by_day", "by_aspect"}));
}

json RankingsSchema() {
  return Named("Rankings", ClosedObject({{"level", Enum({"community", "grid"})},
                                         {"from", Day()},
                                         {"to", Day()},
                                         {"min_cases", Count()},
                                         {"rows", ArrayOf(RankingRow())}},
                                        {"level", "from", "to", "min_cases", "rows"}));
}

json IndicatorsSchema() {
  return ClosedObject({{"from", Month()}, {"to", Month()}, {"items", ArrayOf(IndicatorRow())}},
                      {"from", "to", "items"});
}

}  // namespace sanwang::api
