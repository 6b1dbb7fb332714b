// Building responses: JSON bodies, and errors as docs/architecture.md §8 gives them — an HTTP status
// and {"error": {"code", "message", "field"}}. The mapping from Status codes to HTTP
// statuses lives here and nowhere else.
#pragma once

#include <nlohmann/json.hpp>

#include "api/http_message.h"
#include "core/status.h"

namespace sanwang::api {

int HttpStatusOf(ErrorCode code);
HttpResponse ErrorResponse(const Status& status);
HttpResponse JsonResponse(int http_status, const nlohmann::json& body);
// An answer whose JSON was written as text already (core/json_writer.h).
HttpResponse JsonTextResponse(int http_status, std::string body);
// 413 with code "too_large": a body, or what it would add to, passes a limit. (Not a
// Status code: only the HTTP layer has size limits.)
HttpResponse TooLargeResponse(const std::string& message, const std::string& field);

// Parses a JSON object body strictly: valid UTF-8 JSON, an object, and (when `allowed` is
// not empty) no keys outside `allowed` — a misspelt field is an error, not ignored.
Result<nlohmann::json> ParseJsonObject(const std::string& body, const std::vector<std::string>& allowed);

// Typed field access with errors that name the field.
Result<std::string> StringField(const nlohmann::json& object, const std::string& key, bool required);
Result<std::optional<double>> NumberField(const nlohmann::json& object, const std::string& key);
Result<std::optional<std::int64_t>> IntegerField(const nlohmann::json& object, const std::string& key);
// The whole number at `key`; InvalidArgument naming it when it is missing, null or not one.
Result<std::int64_t> RequiredIntegerField(const nlohmann::json& object, const std::string& key);
Result<std::optional<bool>> BoolField(const nlohmann::json& object, const std::string& key);

}  // namespace sanwang::api
