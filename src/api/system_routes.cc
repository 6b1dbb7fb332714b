// /healthz, /metrics, the OpenAPI document and its reference page.
#include <fmt/format.h>

#include "api/api.h"
#include "api/openapi_document.h"
#include "api/responses.h"
#include "api/security_headers.h"
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
  auto by_state = store::CaseRepository(call.db).CountByState(call.district());
  if (by_state.ok()) {
    for (const auto& [state, n] : *by_state)
      gauges += fmt::format("sanwang_cases{{state=\"{}\"}} {}\n", state, n);
  }
  gauges += call.api.request_limiter().MetricsText();
  for (MetricsSource module : MetricsModules()) gauges += module(call);
  return Text(200, const_cast<Api&>(call.api).metrics().Render(gauges),
              "text/plain; version=0.0.4; charset=utf-8");
}

HttpResponse OpenApi(Call& call) { return JsonResponse(200, OpenApiDocument(call.api.router())); }

// The reference page: Redoc's standalone bundle, which the web build copies into the app's
// folder (web/vite.config.ts), renders the document in the <redoc> element. Everything comes
// from this origin; the page holds no script of its own, so its policy needs no inline script.
constexpr std::string_view kApiReferencePage = R"(<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sanwang API reference</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; }</style>
</head>
<body>
<redoc spec-url="/api/v1/openapi.json">
<p>The API reference is drawn by a script of the browser app (/redoc/redoc.standalone.js).
The document itself: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</p>
</redoc>
<script src="/redoc/redoc.standalone.js"></script>
</body>
</html>
)";

HttpResponse ApiReference(Call&) {
  HttpResponse r = Text(200, std::string(kApiReferencePage), "text/html; charset=utf-8");
  r.headers.emplace("Content-Security-Policy", std::string(kApiReferenceContentSecurityPolicy));
  return r;
}

}  // namespace

void AddSystemRoutes(Api& api) {
  api.Add("GET", "/healthz", Access::Public(),
          {"getHealth", "Liveness: the server answers and the database responds."}, Healthz);
  api.Add("GET", "/metrics", Access::Public(),
          {"getMetrics",
           "Prometheus metrics: requests and latency per route, cases per state, the outbox's messages per "
           "channel and state."},
          MetricsText);
  api.Add("GET", "/api/v1/openapi.json", Access::Public(), {"getOpenApiDocument", "This document."}, OpenApi);
  api.Add(
      "GET", "/api/v1/docs", Access::Public(),
      RouteDoc{"getApiReference", "This document as an HTML reference page (Redoc, served by this server)."}
          .AnswersFile("text/html"),
      ApiReference);
}

}  // namespace sanwang::api
