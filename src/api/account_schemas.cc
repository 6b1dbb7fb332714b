#include "api/account_schemas.h"

#include "api/openapi_components.h"
#include "api/openapi_schema.h"
#include "api/org_schemas.h"
#include "org/roles.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json Role() {
  std::vector<std::string> roles;
  for (std::string_view role : org::AllRoles()) roles.emplace_back(role);
  return WithExample(Enum(roles), "grid_worker");
}

json Password() {
  json p = WithExample(String(), "Weidu2026ok");
  p["format"] = "password";
  p["description"] = "The password policy applies: at least 8 characters with letters and digits.";
  return p;
}

json Phone() { return WithExample(String(), "13839019598"); }

json OneTimeCode() {
  return Described(WithExample(String(), "492039"),
                   "The six digits of the authenticator app (TOTP, RFC 6238), or a recovery code.");
}

// The account fields of json_views.cc's UserJson.
json AccountFields() {
  return {
      {"id", Integer()},
      {"username", WithExample(String(), "wangfang")},
      {"display_name", WithExample(String(), "王芳")},
      {"role", Role()},
      {"unit", Ref("schemas", "UnitRef")},
      {"disabled", Boolean()},
      {"phone", Described(WithExample(String(), "138****9598"),
                          "Masked: the first three and last four digits only; empty when none is given.")},
      {"must_change_password", Boolean()}};
}

std::vector<std::string> NamesOf(const json& properties) {
  std::vector<std::string> names;
  for (const auto& [name, field] : properties.items()) names.push_back(name);
  return names;
}

// One boolean per capability (org::Capabilities()), so the browser holds no list of roles.
json CapabilitiesSchema() {
  json p = json::object();
  for (const auto& capability : org::Capabilities()) p[std::string(capability.name)] = Boolean();
  json can = ClosedObject(p, NamesOf(p));
  can["description"] = "What the browser may offer the account: capability → true/false.";
  return Named("AccountCapabilities", can);
}

json CsrfToken() {
  return Described(String(), "Sent back as the X-CSRF-Token header on writes that use the session cookie.");
}

// An account with what it may do: its holder's own view after signing in.
// Why the signed-in account must change its password first, and when it expires
// (session_response.h, AddPasswordStanding).
void AddPasswordStandingFields(json& p) {
  p["must_change_reason"] =
      Described(Enum({"", "reset", "expired", "demo_password"}),
                "Why must_change_password is set: an administrator's reset, an expired password ([passwords] "
                "max_age_days), or the demo password on a server not on loopback; empty when it is not.");
  p["must_change_message"] =
      Described(WithExample(String(), "密码已过期，请修改 password expired, change it"),
                "The reason in Chinese and English; empty when there is none.");
  p["password_expires_at"] = Described(
      Nullable(DateTime()), "When the password expires (Asia/Shanghai); null when passwords do not.");
  p["must_set_up_two_factor"] = Described(
      Boolean(),
      "The role must have two-step sign-in and it is not on: until it is, every route but signing out, "
      "the account and the two-factor routes answers 403 naming two_factor.");
}

json SignedInAccountSchema() {
  json p = AccountFields();
  p["can"] = CapabilitiesSchema();
  AddPasswordStandingFields(p);
  return Named("SignedInAccount", ClosedObject(p, NamesOf(p)));
}

// Refusals before sign-in are audited too, with no role.
json AuditRole() {
  json role = Role();
  role["enum"].push_back("");
  return Described(role, "The actor's role; empty when nobody was signed in.");
}

json AuditEntrySchema() {
  json p = {{"at", DateTime()},
            {"username", Described(WithExample(String(), "wangfang"),
                                   "The actor; a resident registering is named by a masked phone.")},
            {"role", AuditRole()},
            {"remote_address", WithExample(String(), "10.12.0.31")},
            {"action", WithExample(String(), "POST /api/v1/users")},
            {"target", WithExample(String(), "/api/v1/users")},
            {"outcome", Enum({"ok", "denied", "failed", "locked"})},
            {"detail", WithExample(String(), "201")}};
  return Named("AuditEntry", ClosedObject(p, NamesOf(p)));
}

}  // namespace

json SignInSchema() {
  return Named("SignIn", ClosedObject({{"username", WithExample(String(), "wangfang")},
                                       {"password", Password()},
                                       {"code", OneTimeCode()}},
                                      {"username", "password"}));
}

json OneTimeCodeSchema() { return Named("OneTimeCode", ClosedObject({{"code", OneTimeCode()}}, {"code"})); }

json TwoFactorStandingSchema() {
  json p = {{"offered", Described(Boolean(), "The role may use it (staff; not residents).")},
            {"on", Described(Boolean(), "Sign-in asks for a code.")},
            {"pending", Described(Boolean(), "A setup waits for its first code.")},
            {"required", Described(Boolean(), "The role must have it ([two_factor] required_roles).")},
            {"may_turn_off", Described(Boolean(), "The holder may turn it off (never an administrator).")},
            {"recovery_codes_left", WithExample(Integer(), 10)}};
  return Named("TwoFactorStanding", ClosedObject(p, NamesOf(p)));
}

json TwoFactorSetupSchema() {
  return Named("TwoFactorSetup",
               ClosedObject({{"secret", Described(WithExample(String(), "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
                                                  "Base32, for typing into the app by hand.")},
                             {"otpauth_uri",
                              Described(String(), "The otpauth://totp/ link for the app's QR scanner.")}},
                            {"secret", "otpauth_uri"}));
}

json TwoFactorClearedSchema() {
  return ClosedObject({{"username", WithExample(String(), "wangfang")}, {"two_factor_on", Boolean()}},
                      {"username", "two_factor_on"});
}

json RecoveryCodesSchema() {
  json codes =
      Described(ArrayOf(WithExample(String(), "a7k3m-q9x2p")),
                "Ten single-use codes, shown this once: each signs in once in place of a one-time code.");
  return Named("RecoveryCodes", ClosedObject({{"recovery_codes", codes}}, {"recovery_codes"}));
}

json PasswordChangeSchema() {
  return Named("PasswordChange", ClosedObject({{"old_password", Password()}, {"new_password", Password()}},
                                              {"old_password", "new_password"}));
}

json RegistrationCodeRequestSchema() {
  return Named("RegistrationCodeRequest", ClosedObject({{"phone", Phone()}}, {"phone"}));
}

json RegistrationSchema() {
  return Named("Registration", ClosedObject({{"phone", Phone()},
                                             {"code", WithExample(String(), "382915")},
                                             {"password", Password()},
                                             {"display_name", WithExample(String(), "李秀英")},
                                             {"community_code", WithExample(String(), "411002003001")}},
                                            {"phone", "password", "display_name", "community_code"}));
}

json NewAccountSchema() {
  return Named("NewAccount", ClosedObject({{"username", WithExample(String(), "wangfang")},
                                           {"display_name", WithExample(String(), "王芳")},
                                           {"phone", Phone()},
                                           {"role", Role()},
                                           {"unit_code", WithExample(String(), "411002003001")},
                                           {"password", Password()}},
                                          {"username", "display_name", "role", "password"}));
}

json AccountChangeSchema() {
  return Named("AccountChange", ClosedObject({{"role", Role()},
                                              {"unit", WithExample(String(), "411002003001")},
                                              {"display_name", WithExample(String(), "王芳")},
                                              {"phone", Phone()}},
                                             {}));
}

json AccountSchema() {
  json fields = AccountFields();
  return Named("Account", ClosedObject(fields, NamesOf(fields)));
}

// An account in the accounts list, with the actions the caller may take on it.
json ListedAccountSchema() {
  json fields = AccountFields();
  fields["actions"] = Described(
      ArrayOf(Enum({"edit", "reset_password", "reset_two_factor", "enable", "disable"})),
      "What the caller may do to the account now (org/account_actions.h): the system administrator edits, "
      "the security officer resets the password and two-step sign-in, both disable and enable; none on "
      "the caller's own reset or disable, none at all on a security officer's or an auditor's account, "
      "which are kept on the server's command line.");
  fields["managed_on_command_line"] =
      Described(Boolean(),
                "Whether the account is kept on the server's command line only (`sanwang user`): a "
                "security officer's or an auditor's.");
  return Named("ListedAccount", ClosedObject(fields, NamesOf(fields)));
}

json AccountPageSchema() {
  json assignable = Described(ArrayOf(Role()),
                              "The roles an account may be given when added or changed; not the security "
                              "officer's or the auditor's, whose accounts are made on the server's command "
                              "line.");
  return ClosedObject({{"items", ArrayOf(ListedAccountSchema())},
                       {"total", Integer()},
                       {"page", Integer(1, 1000000)},
                       {"page_size", Integer(1, 500)},
                       {"assignable_roles", assignable}},
                      {"items", "total", "page", "page_size", "assignable_roles"});
}

json AccountStateSchema() {
  return Named("AccountState",
               ClosedObject({{"username", WithExample(String(), "wangfang")}, {"disabled", Boolean()}},
                            {"username", "disabled"}));
}

json TemporaryPasswordSchema() {
  json password = Described(WithExample(String(), "Kx7mQa2pWz4n"), "Shown once, in this answer only.");
  password["format"] = "password";
  return ClosedObject({{"username", WithExample(String(), "wangfang")},
                       {"temporary_password", password},
                       {"must_change_password", Boolean()}},
                      {"username", "temporary_password", "must_change_password"});
}

json AuditLogSchema() { return ItemList(AuditEntrySchema()); }

json SessionSchema() {
  return Named("Session", ClosedObject({{"token", Described(String(),
                                                            "The bearer token; also set as the "
                                                            "session cookie.")},
                                        {"csrf_token", CsrfToken()},
                                        {"user", SignedInAccountSchema()}},
                                       {"token", "csrf_token", "user"}));
}

json CurrentAccountSchema() {
  json p = AccountFields();
  p["csrf_token"] = CsrfToken();
  p["can"] = CapabilitiesSchema();
  AddPasswordStandingFields(p);
  return ClosedObject(p, NamesOf(p));
}

json SignedOutSchema() { return ClosedObject({{"signed_out", Boolean()}}, {"signed_out"}); }

json RegistrationSettingsSchema() {
  return ClosedObject({{"open", Boolean()},
                       {"code_required", Boolean()},
                       {"code_valid_seconds", WithExample(Integer(), 600)},
                       {"resend_seconds", WithExample(Integer(), 60)}},
                      {"open", "code_required", "code_valid_seconds", "resend_seconds"});
}

json RegistrationCodeSentSchema() {
  return ClosedObject({{"sent", Boolean()},
                       {"valid_seconds", WithExample(Integer(), 600)},
                       {"resend_seconds", WithExample(Integer(), 60)}},
                      {"sent", "valid_seconds", "resend_seconds"});
}

json RegistrationCommunitiesSchema() {
  return ClosedObject({{"items", ArrayOf(CommunitySchema())}, {"total", Integer()}}, {"items", "total"});
}

json RegistrationLocationSchema() {
  return ClosedObject({{"lon", WithExample(Number(-180, 180), 113.8266)},
                       {"lat", WithExample(Number(-90, 90), 34.0276)},
                       {"community", OrNull(CommunitySchema())}},
                      {"lon", "lat", "community"});
}

}  // namespace sanwang::api
