// /healthz, /metrics and the OpenAPI document.
#include <fmt/format.h>

#include "api/api.h"
#include "api/openapi_document.h"
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
    for (const auto& [state, n] : *by_state)
      gauges += fmt::format("sanwang_cases{{state=\"{}\"}} {}\n", state, n);
  }
  return Text(200, const_cast<Api&>(call.api).metrics().Render(gauges),
              "text/plain; version=0.0.4; charset=utf-8");
}

HttpResponse OpenApi(Call& call) { return JsonResponse(200, OpenApiDocument(call.api.router())); }

}  // namespace

void AddSystemRoutes(Api& api) {
  api.Add("GET", "/healthz", Access::Public(),
          {"getHealth", "Liveness: the server answers and the database responds."}, Healthz);
  api.Add("GET", "/metrics", Access::Public(),
          {"getMetrics", "Prometheus metrics: requests and latency per route, cases per state."},
          MetricsText);
  api.Add("GET", "/api/v1/openapi.json", Access::Public(), {"getOpenApiDocument", "This document."}, OpenApi);
}

}  // namespace sanwang::api
