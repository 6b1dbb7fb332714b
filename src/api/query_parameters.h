// The query parameters several routes read, described once for the OpenAPI document, each
// beside the reader it describes (request_parsing.h): paging, a point on the map, a period
// of days or months, a unit's code. A route adds them with RouteDoc::Query.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

namespace sanwang::api {

// page (from 1) and page_size (1..max_page_size): ParsePage.
nlohmann::json PagingParameters(int max_page_size);
// lon, lat and coord_system (wgs84, gcj02 or bd09): QueryPoint.
nlohmann::json PointParameters();
// from and to as YYYY-MM-DD, with what the route takes when they are left out.
nlohmann::json DayPeriodParameters(const std::string& defaults);
// from and to as YYYY-MM (ParseMonth), with what the route takes when they are left out.
nlohmann::json MonthPeriodParameters(const std::string& defaults);
// unit: a unit's code, with what it selects on this route.
nlohmann::json UnitParameter(const std::string& description);

}  // namespace sanwang::api
