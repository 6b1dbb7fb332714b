// Two-step sign-in of the signed-in account (org/two_factor_accounts.h): its standing, a
// setup confirmed by the first code, new recovery codes and turning it off (each for a
// current code); and an administrator clearing another account's (a lost phone). Open to a
// session that must set it up before anything else.
#include "api/account_schemas.h"
#include "api/api.h"
#include "api/responses.h"
#include "org/two_factor_accounts.h"

namespace sanwang::api {
namespace {

org::TwoFactorAccounts Accounts(Call& call) {
  const AuthPolicy& auth = call.api.options().auth;
  return org::TwoFactorAccounts(call.db, call.api.clock().Now(), auth.two_factor, auth.reach);
}

Result<std::string> CodeOf(const HttpRequest& request) {
  SW_ASSIGN_OR_RETURN(auto body, ParseJsonObject(request.body, {"code"}));
  return StringField(body, "code", true);
}

nlohmann::json StandingJson(const org::TwoFactorStanding& s) {
  return {{"offered", s.offered},           {"on", s.on},
          {"pending", s.pending},           {"required", s.required},
          {"may_turn_off", s.may_turn_off}, {"recovery_codes_left", s.recovery_codes_left}};
}

// Secrets and recovery codes are shown once and kept by no cache.
HttpResponse Private(HttpResponse r) {
  r.headers.emplace("Cache-Control", "no-store");
  return r;
}

Result<HttpResponse> GetStanding(Call& call) {
  SW_ASSIGN_OR_RETURN(auto standing, Accounts(call).Standing(call.session->user));
  return JsonResponse(200, StandingJson(standing));
}

Result<HttpResponse> BeginSetup(Call& call) {
  SW_ASSIGN_OR_RETURN(auto setup, Accounts(call).BeginSetup(call.session->user));
  return Private(JsonResponse(201, {{"secret", setup.secret}, {"otpauth_uri", setup.otpauth_uri}}));
}

Result<HttpResponse> Confirm(Call& call) {
  SW_ASSIGN_OR_RETURN(std::string code, CodeOf(call.request));
  SW_ASSIGN_OR_RETURN(auto codes, Accounts(call).Confirm(call.session->user, code));
  HttpResponse r = Private(JsonResponse(200, {{"recovery_codes", codes}}));
  r.audit_detail = "two-step sign-in on";
  return r;
}

Result<HttpResponse> RenewRecoveryCodes(Call& call) {
  SW_ASSIGN_OR_RETURN(std::string code, CodeOf(call.request));
  SW_ASSIGN_OR_RETURN(auto codes, Accounts(call).RenewRecoveryCodes(call.session->user, code));
  HttpResponse r = Private(JsonResponse(200, {{"recovery_codes", codes}}));
  r.audit_detail = "recovery codes renewed";
  return r;
}

Result<HttpResponse> TurnOff(Call& call) {
  SW_ASSIGN_OR_RETURN(std::string code, CodeOf(call.request));
  org::TwoFactorAccounts accounts = Accounts(call);
  SW_RETURN_IF_ERROR(accounts.TurnOff(call.session->user, code));
  SW_ASSIGN_OR_RETURN(auto standing, accounts.Standing(call.session->user));
  HttpResponse r = JsonResponse(200, StandingJson(standing));
  r.audit_detail = "two-step sign-in off";
  return r;
}

Result<HttpResponse> ClearForAccount(Call& call) {
  const std::string& username = call.params["username"];
  SW_RETURN_IF_ERROR(Accounts(call).ClearFor(call.session->user, username, call.district()));
  HttpResponse r = JsonResponse(200, {{"username", username}, {"two_factor_on", false}});
  r.audit_detail = "two-step sign-in cleared; sessions ended";
  return r;
}

}  // namespace

void AddTwoFactorRoutes(Api& api) {
  const Access own = Access::SignedInBeforeAccountSetup();
  api.Add("GET", "/api/v1/auth/two-factor", own,
          RouteDoc{"getTwoFactor",
                   "The signed-in account's two-step sign-in: whether it is offered, on, "
                   "pending, required, may be turned off, and how many recovery codes are left."}
              .Answers(TwoFactorStandingSchema()),
          FromResult(GetStanding));
  api.Add(
      "POST", "/api/v1/auth/two-factor/setup", own,
      RouteDoc{"beginTwoFactorSetup",
               "Start setting up two-step sign-in: a new secret (Base32) and its otpauth:// link for the "
               "authenticator app, replacing a setup not yet confirmed. 403 for residents; 409 when it is "
               "on already."}
          .Answers(TwoFactorSetupSchema(), 201)
          .Refuses({409}),
      FromResult(BeginSetup));
  api.Add("POST", "/api/v1/auth/two-factor/confirm", own,
          RouteDoc{"confirmTwoFactor",
                   "Turn the pending setup on with the first code from the app; answers ten recovery codes, "
                   "shown this once. 400 naming code for a wrong code; 409 when no setup waits."}
              .Takes(OneTimeCodeSchema())
              .Answers(RecoveryCodesSchema())
              .Refuses({409}),
          FromResult(Confirm));
  api.Add("POST", "/api/v1/auth/two-factor/recovery-codes", own,
          RouteDoc{"renewRecoveryCodes",
                   "Ten new recovery codes in place of the old ones, for a current one-time code (400 naming "
                   "code when it is wrong or used; 422 when two-step sign-in is not on)."}
              .Takes(OneTimeCodeSchema())
              .Answers(RecoveryCodesSchema())
              .Refuses({422}),
          FromResult(RenewRecoveryCodes));
  api.Add(
      "POST", "/api/v1/auth/two-factor/turn-off", own,
      RouteDoc{"turnOffTwoFactor",
               "Turn two-step sign-in off for a current one-time code. 403 for an administrator (never their "
               "own) and for a role that must have it; 400 naming code; 422 when it is not on."}
          .Takes(OneTimeCodeSchema())
          .Answers(TwoFactorStandingSchema())
          .Refuses({422}),
      FromResult(TurnOff));
  api.Add("POST", "/api/v1/users/{username}/reset-two-factor", Access::Roles(org::CredentialKeeperRoles()),
          RouteDoc{"resetUserTwoFactor",
                   "Clear another account's two-step sign-in (a lost phone) and end its sessions (security "
                   "officer); it signs in with its password and sets it up again. 422 for the caller's own "
                   "account, 403 for a security officer's or an auditor's."}
              .Answers(TwoFactorClearedSchema())
              .Refuses({422}),
          FromResult(ClearForAccount));
}

}  // namespace sanwang::api
