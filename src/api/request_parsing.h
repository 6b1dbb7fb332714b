// Reading common request parameters with errors that name the parameter: ids, pages,
// months, points with their coordinate system. Pure functions over HttpRequest values.
#pragma once

#include <optional>
#include <string>

#include "api/http_message.h"
#include "core/status.h"
#include "core/time.h"
#include "geo/geometry.h"

namespace sanwang::api {

struct Page {
  int page = 1;
  int page_size = 50;
  int offset() const { return (page - 1) * page_size; }
};

Result<std::int64_t> ParseId(const std::string& text, const std::string& field);
// The id in query parameter `key`, or nothing when the parameter is absent or empty.
Result<std::optional<std::int64_t>> OptionalQueryId(const HttpRequest& request, const std::string& key);
Result<Page> ParsePage(const HttpRequest& request, int max_page_size = 500);
// "2026-11" → 202611.
Result<int> ParseMonth(const std::string& text, const std::string& field);
// A point from lon/lat numbers and an optional coordinate system name (wgs84, gcj02,
// bd09), returned in WGS-84.
Result<geo::LonLat> PointInWgs84(std::optional<double> lon, std::optional<double> lat,
                                 const std::string& coord_system);
Result<std::optional<double>> ParseNumber(const std::string& text, const std::string& field);
// The point of the query parameters lon, lat and coord_system, in WGS-84.
Result<geo::LonLat> QueryPoint(const HttpRequest& request);
// "2026-11-05T09:00:00+08:00" (or a date alone, the day's start in Beijing time) → that instant.
Result<UnixSeconds> ParseTime(const std::string& text, const std::string& field);
// "2026-11-05" → that local date.
Result<LocalDate> ParseDay(const std::string& text, const std::string& field);

}  // namespace sanwang::api
