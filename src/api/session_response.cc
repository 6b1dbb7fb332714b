#include "api/session_response.h"

#include <algorithm>
#include <cctype>

#include "api/json_views.h"
#include "api/responses.h"
#include "core/time.h"
#include "org/password_rules.h"

namespace sanwang::api {

std::string SessionCookie(const std::string& token, const Api& api, int max_age) {
  return std::string(kSessionCookie) + "=" + token +
         "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age) +
         (api.options().secure_cookies ? "; Secure" : "");
}

void AddPasswordStanding(nlohmann::json& account, const store::UserRecord& user,
                         org::PasswordChangeReason reason, bool must_set_up_two_factor, const Api& api) {
  account["must_change_reason"] = std::string(org::ReasonCode(reason));
  account["must_change_message"] = org::ReasonMessage(reason);
  auto expires_at = org::PasswordExpiresAt(user.password_changed_at, api.options().auth.passwords);
  account["password_expires_at"] = expires_at ? nlohmann::json(FormatIso8601(*expires_at)) : nlohmann::json();
  account["must_set_up_two_factor"] = must_set_up_two_factor;
}

HttpResponse SessionResponse(Call& call, const SignInResult& session, int http_status) {
  nlohmann::json user = SignedInUserJson(session.user, call.domain->org);
  AddPasswordStanding(user, session.user, session.password_change, session.must_set_up_two_factor, call.api);
  HttpResponse r = JsonResponse(
      http_status, {{"token", session.token}, {"csrf_token", session.csrf_token}, {"user", std::move(user)}});
  r.headers.emplace("Set-Cookie",
                    SessionCookie(session.token, call.api, call.api.options().auth.absolute_timeout_s));
  r.headers.emplace("Cache-Control", "no-store");
  return r;
}

Status RequireJson(const HttpRequest& request) {
  std::string type = request.Header("content-type");
  type = type.substr(0, type.find(';'));
  type.erase(std::remove_if(type.begin(), type.end(), [](unsigned char c) { return std::isspace(c); }),
             type.end());
  std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::tolower(c); });
  if (type == "application/json") return Status::Ok();
  return {ErrorCode::kUnsupportedMediaType,
          "请求须为 JSON 格式（Content-Type: application/json） the body must be JSON (Content-Type: "
          "application/json)"};
}

}  // namespace sanwang::api
