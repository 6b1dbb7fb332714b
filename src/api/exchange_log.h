// Test code: when SANWANG_API_EXCHANGES names a directory, every request a test sends
// through ApiTest::Request is appended as one JSON line to a file of the process there — the route that
// answered, method, target, request and response bodies and content types, status — so that
// scripts/openapi-conformance.sh can check each against the OpenAPI document. Without the
// variable nothing is written. Safe to call from several threads.
#pragma once

#include "api/http_message.h"

namespace sanwang::api {

void LogExchange(const HttpRequest& request, const HttpResponse& response);

}  // namespace sanwang::api
