// The OpenAPI 3.0 document of the REST API (GET /api/v1/openapi.json, `sanwang openapi`),
// built from the route table so that it lists exactly the routes the server has. Each
// operation takes its operationId and summary from the route's RouteDoc, its tag from the
// module that added it, its security and error responses from its Access and its method and
// path; the shared shapes are openapi_components.h's. Open311 routes are left out: they
// follow the Open311 GeoReport v2 specification, not this document.
//
// Pure: reads the route table only, so it needs no database and no request.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "api/api.h"

namespace sanwang::api {

nlohmann::json OpenApiDocument(const Router<RouteEntry>& routes);

// Whether a route's pattern belongs in the document (not Open311's).
bool InOpenApiDocument(const std::string& pattern);

}  // namespace sanwang::api
