// The answers of the figures: the dashboard, the rankings (dashboard_routes.cc) and the
// indicators (case_routes.cc, json_views.cc's IndicatorsJson).
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json DashboardSchema();
nlohmann::json RankingsSchema();
nlohmann::json IndicatorsSchema();

}  // namespace sanwang::api
