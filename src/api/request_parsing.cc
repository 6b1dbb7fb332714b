#include "api/request_parsing.h"

#include <charconv>
#include <cmath>

#include "geo/china_coordinates.h"

namespace sanwang::api {

Result<std::int64_t> ParseId(const std::string& text, const std::string& field) {
  std::int64_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value <= 0) {
    return InvalidArgument(field + " 应为正整数 " + field + " must be a positive whole number", field);
  }
  return value;
}

Result<std::optional<std::int64_t>> OptionalQueryId(const HttpRequest& request, const std::string& key) {
  const std::string text = request.Query(key);
  if (text.empty()) return std::optional<std::int64_t>();
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(text, key));
  return std::optional<std::int64_t>(id);
}

Result<Page> ParsePage(const HttpRequest& request, int max_page_size) {
  Page p;
  if (std::string s = request.Query("page"); !s.empty()) {
    SW_ASSIGN_OR_RETURN(auto v, ParseId(s, "page"));
    if (v > 1'000'000) return InvalidArgument("页码过大 page is too large", "page");
    p.page = static_cast<int>(v);
  }
  if (std::string s = request.Query("page_size"); !s.empty()) {
    SW_ASSIGN_OR_RETURN(auto v, ParseId(s, "page_size"));
    if (v > max_page_size)
      return InvalidArgument("每页最多 " + std::to_string(max_page_size) + " 条 page_size must be at most " +
                                 std::to_string(max_page_size),
                             "page_size");
    p.page_size = static_cast<int>(v);
  }
  return p;
}

Result<int> ParseMonth(const std::string& text, const std::string& field) {
  int year = 0, month = 0;
  if (text.size() != 7 || text[4] != '-' || std::sscanf(text.c_str(), "%4d-%2d", &year, &month) != 2 ||
      month < 1 || month > 12 || year < 2000 || year > 2100) {
    return InvalidArgument(field + " 应为 YYYY-MM 格式的月份 " + field + " must be a month as YYYY-MM",
                           field);
  }
  return year * 100 + month;
}

Result<std::optional<double>> ParseNumber(const std::string& text, const std::string& field) {
  if (text.empty()) return std::optional<double>();
  char* end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(v))
    return InvalidArgument(field + " 应为数字 " + field + " must be a number", field);
  return std::optional<double>(v);
}

Result<LocalDate> ParseDay(const std::string& text, const std::string& field) {
  auto day = ParseDate(text);
  if (text.size() != 10 || !day.ok())
    return InvalidArgument(field + " 应为 YYYY-MM-DD 格式的日期 " + field + " must be a date as YYYY-MM-DD",
                           field);
  return *day;
}

Result<UnixSeconds> ParseTime(const std::string& text, const std::string& field) {
  auto t = ParseIso8601(text);
  if (!t.ok()) {
    return InvalidArgument(field + " 应为 ISO 8601 时间，如 2026-11-05T09:00:00+08:00 " + field +
                               " must be an ISO 8601 time such as 2026-11-05T09:00:00+08:00",
                           field);
  }
  return *t;
}

Result<geo::LonLat> PointInWgs84(std::optional<double> lon, std::optional<double> lat,
                                 const std::string& coord_system) {
  if (!lon || !lat)
    return InvalidArgument("经度和纬度均须给出 lon and lat are both required", lon ? "lat" : "lon");
  geo::Datum datum = geo::Datum::kWgs84;
  if (!coord_system.empty()) {
    SW_ASSIGN_OR_RETURN(datum, geo::ParseDatum(coord_system));
  }
  auto p = geo::ToWgs84({*lon, *lat}, datum);
  if (!p.ok()) return InvalidArgument(p.status().message(), "lon");
  return *p;
}

Result<geo::LonLat> QueryPoint(const HttpRequest& request) {
  SW_ASSIGN_OR_RETURN(std::optional<double> lon, ParseNumber(request.Query("lon"), "lon"));
  SW_ASSIGN_OR_RETURN(std::optional<double> lat, ParseNumber(request.Query("lat"), "lat"));
  return PointInWgs84(lon, lat, request.Query("coord_system"));
}

}  // namespace sanwang::api
