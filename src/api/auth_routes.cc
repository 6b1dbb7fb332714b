// Sign-in, sign-out, the signed-in account and its password. Sign-in and password changes
// verify and hash passwords in a Prepare step on the password workers; the handler, on the
// writer, only acts on the outcome.
#include "api/account_schemas.h"
#include "api/api.h"
#include "api/json_views.h"
#include "api/responses.h"
#include "api/session_response.h"
#include "store/security_repository.h"

namespace sanwang::api {
namespace {

void AuditAccount(Call& call, const std::string& action, const std::string& username,
                  std::optional<store::Id> user_id, bool ok, const std::string& detail) {
  store::AuditRecord r;
  r.district_code = call.district();
  r.at = call.api.clock().Now();
  r.user_id = user_id;
  r.username = username;
  if (call.session) r.role = call.session->user.role;
  r.remote_address = call.request.remote_address;
  r.action = action;
  r.target = username;
  r.outcome = ok ? "ok" : "failed";
  r.detail = detail;
  (void)store::SecurityRepository(call.db).Audit(r);
}

// What the audit log says of a sign-in that succeeded: how the second step was passed,
// and what the session must do first.
std::string SignInNote(const SignInResult& signed_in) {
  std::vector<std::string> parts;
  if (!signed_in.second_step.empty()) parts.push_back("two-step: " + signed_in.second_step);
  if (signed_in.user.must_change_password)
    parts.push_back("must change password: " + std::string(org::ReasonCode(signed_in.password_change)));
  if (signed_in.must_set_up_two_factor) parts.push_back("must set up two-step sign-in");
  std::string note;
  for (const std::string& part : parts) note += (note.empty() ? "" : "; ") + part;
  return note;
}

struct PreparedSignIn {
  Status refused;  // the request itself is not acceptable
  Result<CredentialCheck> check = Internal("not checked");
};

std::any PrepareSignIn(const HttpRequest& request, const PathParams&, const std::optional<Session>&,
                       const Api& api) {
  PreparedSignIn p;
  p.refused = RequireJson(request);
  if (!p.refused.ok()) return p;
  auto body = ParseJsonObject(request.body, {"username", "password", "code"});
  if (!body.ok()) return PreparedSignIn{body.status()};
  auto username = StringField(*body, "username", true);
  auto password = StringField(*body, "password", true);
  auto code = StringField(*body, "code", false);
  if (!username.ok()) return PreparedSignIn{username.status()};
  if (!password.ok()) return PreparedSignIn{password.status()};
  if (!code.ok()) return PreparedSignIn{code.status()};
  if (username->empty())
    return PreparedSignIn{InvalidArgument("请填写用户名 username is required", "username")};
  p.check = api.auth().CheckCredentials(api.pool(), *username, *password, *code, request.remote_address);
  return p;
}

HttpResponse SignIn(Call& call) {
  const auto* prepared = std::any_cast<PreparedSignIn>(&call.prepared);
  if (!prepared) return ErrorResponse(Unavailable("请重试 try again"));
  if (!prepared->refused.ok()) return ErrorResponse(prepared->refused);
  if (!prepared->check.ok()) return ErrorResponse(prepared->check.status());
  const CredentialCheck& check = *prepared->check;
  auto signed_in = call.api.auth().CompleteSignIn(call.db, check);
  if (!signed_in.ok()) {
    AuditAccount(call, "sign_in", check.username, std::nullopt, false, signed_in.status().message());
    return ErrorResponse(signed_in.status());
  }
  AuditAccount(call, "sign_in", check.username, signed_in->user.id, true, SignInNote(*signed_in));
  return SessionResponse(call, *signed_in);
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
  AddPasswordStanding(j, call.session->user, call.session->password_change,
                      call.session->must_set_up_two_factor, call.api);
  return JsonResponse(200, j);
}

std::any PreparePasswordChange(const HttpRequest& request, const PathParams&,
                               const std::optional<Session>& session, const Api& api) {
  auto body = ParseJsonObject(request.body, {"old_password", "new_password"});
  if (!body.ok()) return Result<PasswordChange>(body.status());
  auto old_password = StringField(*body, "old_password", true);
  auto new_password = StringField(*body, "new_password", true);
  if (!old_password.ok()) return Result<PasswordChange>(old_password.status());
  if (!new_password.ok()) return Result<PasswordChange>(new_password.status());
  return api.auth().PreparePasswordChange(api.pool(), session->user, *old_password, *new_password);
}

HttpResponse ChangePassword(Call& call) {
  const auto* prepared = std::any_cast<Result<PasswordChange>>(&call.prepared);
  if (!prepared) return ErrorResponse(Unavailable("请重试 try again"));
  const std::string& username = call.session->user.username;
  if (!prepared->ok()) {
    AuditAccount(call, "password_change", username, call.session->user.id, false,
                 prepared->status().message());
    return ErrorResponse(prepared->status());
  }
  auto changed =
      call.api.auth().ChangePassword(call.db, *call.session, **prepared, call.request.remote_address);
  if (!changed.ok()) return ErrorResponse(changed.status());
  AuditAccount(call, "password_change", username, call.session->user.id, true, "other sessions ended");
  return SessionResponse(call, *changed);
}

}  // namespace

void AddAuthRoutes(Api& api) {
  api.Add(
      "POST", "/api/v1/auth/sign-in", Access::Public(),
      RouteDoc{
          "signIn",
          "Sign in with username and password (a JSON body, else 415); returns a bearer token and sets "
          "the session cookie; 401 for a wrong name or password. An account with two-step sign-in also "
          "sends `code`, the six digits of its authenticator app or one of its recovery codes: without it, "
          "or with a wrong or used one, 401 naming `code`. The session may only set up two-step sign-in "
          "(user.must_set_up_two_factor) when its role must have it ([two_factor] required_roles) on a "
          "server not on loopback. The session may only change the "
          "password (user.must_change_password) after an administrator's reset, with an expired password "
          "([passwords] max_age_days), or with the demo password on a server not on loopback; "
          "user.must_change_reason and user.must_change_message say which."}
          .Takes(SignInSchema())
          .Answers(SessionSchema())
          .Refuses({401, 415}),
      SignIn, PrepareSignIn);
  api.Add("POST", "/api/v1/auth/sign-out", Access::SignedInBeforeAccountSetup(),
          RouteDoc{"signOut", "End this session."}.Answers(SignedOutSchema()), SignOut);
  api.Add("GET", "/api/v1/auth/me", Access::SignedInBeforeAccountSetup(),
          RouteDoc{"getMe",
                   "The signed-in account, its role and unit, what it can do (\"can\": capability → "
                   "true/false) and whether it must change its password."}
              .Answers(CurrentAccountSchema()),
          Me);
  api.Add("POST", "/api/v1/auth/password", Access::SignedInBeforeAccountSetup(),
          RouteDoc{"changePassword",
                   "Change the signed-in account's password (old_password, new_password; the password policy "
                   "applies, and the new password may not be the current one or one of the account's last "
                   "passwords, [passwords] history: 400 naming new_password). Ends every session of the "
                   "account and returns a new one for this client."}
              .Takes(PasswordChangeSchema())
              .Answers(SessionSchema()),
          ChangePassword, PreparePasswordChange);
}

}  // namespace sanwang::api
