#include "api/query_parameters.h"

#include "api/openapi_schema.h"

namespace sanwang::api {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json PagingParameters(int max_page_size) {
  return json::array(
      {QueryParameter("page", WithExample(Integer(1, 1'000'000), 1), "The page, from 1 (default 1)."),
       QueryParameter("page_size", WithExample(Integer(1, max_page_size), 20),
                      "Items per page, at most " + std::to_string(max_page_size) + ".")});
}

json PointParameters() {
  json system = WithExample(String(), "gcj02");
  return json::array(
      {QueryParameter("lon", WithExample(Number(-180, 180), 113.8266), "Longitude.", true),
       QueryParameter("lat", WithExample(Number(-90, 90), 34.0276), "Latitude.", true),
       QueryParameter("coord_system", system,
                      "The datum of lon and lat: wgs84 (default), gcj02 (a phone's map in China) or bd09; "
                      "case and a hyphen do not matter (GCJ-02).")});
}

json DayPeriodParameters(const std::string& defaults) {
  json day = Date();
  return json::array({QueryParameter("from", day, "The first day, YYYY-MM-DD; " + defaults),
                      QueryParameter("to", day, "The last day, YYYY-MM-DD; " + defaults)});
}

json MonthPeriodParameters(const std::string& defaults) {
  json month = WithExample(String(), "2026-11");
  month["pattern"] = "^[0-9]{4}-[0-9]{2}$";
  return json::array({QueryParameter("from", month, "The first month, YYYY-MM; " + defaults),
                      QueryParameter("to", month, "The last month, YYYY-MM; " + defaults)});
}

json UnitParameter(const std::string& description) {
  return QueryParameter("unit", WithExample(String(), "411002003001"), description);
}

}  // namespace sanwang::api
