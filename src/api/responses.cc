#include "api/responses.h"

#include <cmath>

#include "core/text.h"

namespace sanwang::api {

int HttpStatusOf(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk:
      return 200;
    case ErrorCode::kInvalidArgument:
      return 400;
    case ErrorCode::kUnauthenticated:
      return 401;
    case ErrorCode::kPermissionDenied:
    case ErrorCode::kPasswordChangeRequired:
      return 403;
    case ErrorCode::kUnsupportedMediaType:
      return 415;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kAlreadyExists:
    case ErrorCode::kConflict:
      return 409;
    case ErrorCode::kFailedPrecondition:
      return 422;
    case ErrorCode::kResourceExhausted:
      return 429;
    case ErrorCode::kUnavailable:
      return 503;
    case ErrorCode::kDataLoss:
    case ErrorCode::kInternal:
      return 500;
  }
  return 500;
}

HttpResponse ErrorResponse(const Status& status) {
  nlohmann::json error = {{"code", std::string(ErrorCodeName(status.code()))}, {"message", status.message()}};
  if (!status.field().empty()) error["field"] = status.field();
  // Internal details (SQL, file paths) stay in the log, not in the response.
  if (status.code() == ErrorCode::kInternal || status.code() == ErrorCode::kDataLoss) {
    error["message"] = "内部错误 internal error";
  }
  return JsonResponse(HttpStatusOf(status.code()), {{"error", error}});
}

HttpResponse TooLargeResponse(const std::string& message, const std::string& field) {
  return JsonResponse(413, {{"error", {{"code", "too_large"}, {"message", message}, {"field", field}}}});
}

HttpResponse JsonResponse(int http_status, const nlohmann::json& body) {
  HttpResponse r;
  r.status = http_status;
  r.body = body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return r;
}

HttpResponse JsonTextResponse(int http_status, std::string body) {
  HttpResponse r;
  r.status = http_status;
  r.body = std::move(body);
  return r;
}

Result<nlohmann::json> ParseJsonObject(const std::string& body, const std::vector<std::string>& allowed) {
  if (!IsValidUtf8(body)) return InvalidArgument("请求内容不是有效的 UTF-8 request body is not valid UTF-8");
  nlohmann::json parsed = nlohmann::json::parse(body, nullptr, false);
  if (parsed.is_discarded()) return InvalidArgument("请求内容不是有效的 JSON request body is not valid JSON");
  if (!parsed.is_object())
    return InvalidArgument("请求内容应为 JSON 对象 request body must be a JSON object");
  if (!allowed.empty()) {
    for (const auto& [key, value] : parsed.items()) {
      if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
        return InvalidArgument("未知字段 " + key + " unknown field '" + key + "'", key);
      }
    }
  }
  return parsed;
}

Result<std::string> StringField(const nlohmann::json& o, const std::string& key, bool required) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) {
    if (required) return InvalidArgument(key + " 必填 " + key + " is required", key);
    return std::string();
  }
  if (!it->is_string()) return InvalidArgument(key + " 应为文本 " + key + " must be a string", key);
  return it->get<std::string>();
}

Result<std::optional<double>> NumberField(const nlohmann::json& o, const std::string& key) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return std::optional<double>();
  if (!it->is_number()) return InvalidArgument(key + " 应为数字 " + key + " must be a number", key);
  double v = it->get<double>();
  if (!std::isfinite(v)) return InvalidArgument(key + " 应为有限数值 " + key + " must be finite", key);
  return std::optional<double>(v);
}

Result<std::optional<std::int64_t>> IntegerField(const nlohmann::json& o, const std::string& key) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return std::optional<std::int64_t>();
  if (!it->is_number_integer())
    return InvalidArgument(key + " 应为整数 " + key + " must be a whole number", key);
  return std::optional<std::int64_t>(it->get<std::int64_t>());
}

Result<std::int64_t> RequiredIntegerField(const nlohmann::json& o, const std::string& key) {
  SW_ASSIGN_OR_RETURN(std::optional<std::int64_t> n, IntegerField(o, key));
  if (!n) return InvalidArgument("请填写 " + key + " " + key + " is required", key);
  return *n;
}

Result<std::optional<bool>> BoolField(const nlohmann::json& o, const std::string& key) {
  auto it = o.find(key);
  if (it == o.end() || it->is_null()) return std::optional<bool>();
  if (!it->is_boolean())
    return InvalidArgument(key + " 只能是 true 或 false " + key + " must be true or false", key);
  return std::optional<bool>(it->get<bool>());
}

}  // namespace sanwang::api
