// Sign-in, sign-out and the signed-in account.
#include "api/api.h"
#include "api/json_views.h"
#include "api/responses.h"
#include "store/security_repository.h"

namespace sanwang::api {
namespace {

std::string SessionCookie(const std::string& token, const Api& api, int max_age) {
  return std::string(kSessionCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
         std::to_string(max_age) + (api.options().secure_cookies ? "; Secure" : "");
}

void AuditSignIn(Call& call, const std::string& username, std::optional<store::Id> user_id, bool ok,
                 const std::string& detail) {
  store::AuditRecord r;
  r.district_code = call.api.district_code();
  r.at = call.api.clock().Now();
  r.user_id = user_id;
  r.username = username;
  r.remote_address = call.request.remote_address;
  r.action = "sign_in";
  r.outcome = ok ? "ok" : "failed";
  r.detail = detail;
  (void)store::SecurityRepository(call.db).Audit(r);
}

HttpResponse SignIn(Call& call) {
  auto body = ParseJsonObject(call.request.body, {"username", "password"});
  if (!body.ok()) return ErrorResponse(body.status());
  auto username = StringField(*body, "username", true);
  auto password = StringField(*body, "password", true);
  if (!username.ok()) return ErrorResponse(username.status());
  if (!password.ok()) return ErrorResponse(password.status());
  auto signed_in = call.api.auth().SignIn(call.db, *username, *password, call.request.remote_address);
  if (!signed_in.ok()) {
    AuditSignIn(call, *username, std::nullopt, false, signed_in.status().message());
    return ErrorResponse(signed_in.status());
  }
  AuditSignIn(call, *username, signed_in->user.id, true, "");
  HttpResponse r = JsonResponse(200, {{"token", signed_in->token},
                                      {"csrf_token", signed_in->csrf_token},
                                      {"user", SignedInUserJson(signed_in->user, call.domain->org)}});
  r.headers.emplace("Set-Cookie", SessionCookie(signed_in->token, call.api, call.api.options().auth.absolute_timeout_s));
  return r;
}

HttpResponse SignOut(Call& call) {
  Status s = call.api.auth().SignOut(call.db, *call.session);
  if (!s.ok()) return ErrorResponse(s);
  HttpResponse r = JsonResponse(200, {{"signed_out", true}});
  r.headers.emplace("Set-Cookie", SessionCookie("", call.api, 0));
  return r;
}

HttpResponse Me(Call& call) {
  nlohmann::json j = UserJson(call.session->user, call.domain->org);
  j["csrf_token"] = call.session->csrf_token;
  j["can"] = CapabilitiesJson(call.session->user.role);
  return JsonResponse(200, j);
}

}  // namespace

void AddAuthRoutes(Api& api) {
  api.Add("POST", "/api/v1/auth/sign-in", Access::Public(),
          "Sign in with username and password; returns a bearer token and sets the session cookie.", SignIn);
  api.Add("POST", "/api/v1/auth/sign-out", Access::SignedIn(), "End this session.", SignOut);
  api.Add("GET", "/api/v1/auth/me", Access::SignedIn(),
          "The signed-in account, its role and unit, and what it can do (\"can\": capability → true/false).",
          Me);
}

}  // namespace sanwang::api
