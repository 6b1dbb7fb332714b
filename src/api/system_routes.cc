// /healthz, /metrics and the OpenAPI document.
#include <fmt/format.h>

#include "api/api.h"
#include "api/responses.h"
#include "store/case_repository.h"

namespace sanwang::api {
namespace {

HttpResponse Text(int status, std::string body, std::string type = "text/plain; charset=utf-8") {
  HttpResponse r;
  r.status = status;
  r.content_type = std::move(type);
  r.body = std::move(body);
  return r;
}

HttpResponse Healthz(Call& call) {
  auto ping = call.db.Query("SELECT 1");
  if (!ping.ok()) return Text(503, "database unavailable\n");
  return Text(200, "ok\n");
}

HttpResponse MetricsText(Call& call) {
  std::string gauges = "# HELP sanwang_cases Cases by state.\n# TYPE sanwang_cases gauge\n";
  auto by_state = store::CaseRepository(call.db).CountByState(call.api.district_code());
  if (by_state.ok()) {
    for (const auto& [state, n] : *by_state) gauges += fmt::format("sanwang_cases{{state=\"{}\"}} {}\n", state, n);
  }
  return Text(200, const_cast<Api&>(call.api).metrics().Render(gauges), "text/plain; version=0.0.4; charset=utf-8");
}

// Path parameters of a pattern: "{id}" → id.
std::vector<std::string> PatternParams(const std::string& pattern) {
  std::vector<std::string> names;
  for (std::size_t open = pattern.find('{'); open != std::string::npos; open = pattern.find('{', open + 1)) {
    names.push_back(pattern.substr(open + 1, pattern.find('}', open) - open - 1));
  }
  return names;
}

nlohmann::json Operation(const std::string& method, const std::string& pattern, const RouteEntry& entry) {
  nlohmann::json op = {{"summary", entry.summary},
                       {"operationId", method + " " + pattern},
                       {"responses", {{"200", {{"description", "OK"}}}, {"default", {{"description", "error: {\"error\": {code, message, field}}"}}}}}};
  if (!entry.access.public_route) op["security"] = nlohmann::json::array({{{"bearer", nlohmann::json::array()}}, {{"cookie", nlohmann::json::array()}}});
  if (!entry.access.roles.empty()) op["x-roles"] = entry.access.roles;
  nlohmann::json params = nlohmann::json::array();
  for (const auto& name : PatternParams(pattern)) {
    params.push_back({{"name", name}, {"in", "path"}, {"required", true}, {"schema", {{"type", "string"}}}});
  }
  if (!params.empty()) op["parameters"] = params;
  return op;
}

HttpResponse OpenApi(Call& call) {
  nlohmann::json paths = nlohmann::json::object();
  for (const auto& route : call.api.router().routes()) {
    std::string method = route.method;
    std::transform(method.begin(), method.end(), method.begin(), ::tolower);
    paths[route.pattern][method] = Operation(route.method, route.pattern, route.handler);
  }
  nlohmann::json doc = {
      {"openapi", "3.0.3"},
      {"info", {{"title", "Sanwang 三网 API"}, {"version", "1"},
                {"description", "REST API of Sanwang. Times are ISO 8601 with offset (+08:00). Errors: an HTTP status "
                                "and {\"error\": {\"code\", \"message\", \"field\"}}. Lists are paginated with page and page_size."}}},
      {"paths", paths},
      {"components", {{"securitySchemes", {{"bearer", {{"type", "http"}, {"scheme", "bearer"}}},
                                           {"cookie", {{"type", "apiKey"}, {"in", "cookie"}, {"name", kSessionCookie}}}}}}}};
  return JsonResponse(200, doc);
}

}  // namespace

void AddSystemRoutes(Api& api) {
  api.Add("GET", "/healthz", Access::Public(), "Liveness: the server answers and the database responds.", Healthz);
  api.Add("GET", "/metrics", Access::Public(), "Prometheus metrics: requests and latency per route, cases per state.", MetricsText);
  api.Add("GET", "/api/v1/openapi.json", Access::Public(), "This document.", OpenApi);
}

}  // namespace sanwang::api
