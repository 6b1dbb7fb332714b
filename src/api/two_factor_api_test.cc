// Two-step sign-in over the API: setting it up, signing in with a one-time code or a
// recovery code, the lockout, the session that must set it up first, and an
// administrator clearing another account's.
#include "api/api_test_fixture.h"
#include "core/base32.h"
#include "core/one_time_code.h"

namespace sanwang::api {
namespace {

class TwoFactorApiTest : public ApiTest {
 protected:
  HttpResponse SignIn(const std::string& user, const std::string& code = "") {
    nlohmann::json body = {{"username", user}, {"password", kPassword}};
    if (!code.empty()) body["code"] = code;
    return Request("POST", "/api/v1/auth/sign-in", body.dump());
  }
  std::string Code(int offset = 0) {
    return HotpCode(*Base32Decode(secret_), *TotpStep(clock_.Now()) + static_cast<std::uint64_t>(offset));
  }
  // Sets two-step sign-in up for `user` with the app's code; the recovery codes.
  std::vector<std::string> TurnOn(const std::string& user) {
    HttpResponse setup = As(user, "POST", "/api/v1/auth/two-factor/setup");
    EXPECT_EQ(setup.status, 201) << setup.body;
    EXPECT_EQ(setup.headers.count("Cache-Control") ? setup.headers.find("Cache-Control")->second : "",
              "no-store");
    secret_ = Json(setup)["secret"];
    EXPECT_EQ(
        Json(setup)["otpauth_uri"].get<std::string>().rfind("otpauth://totp/Sanwang%3A" + user + "?", 0), 0u);
    HttpResponse confirmed = As(user, "POST", "/api/v1/auth/two-factor/confirm", {{"code", Code()}});
    EXPECT_EQ(confirmed.status, 200) << confirmed.body;
    return Json(confirmed)["recovery_codes"].get<std::vector<std::string>>();
  }
  static std::string FieldOf(const HttpResponse& r) { return Json(r)["error"].value("field", ""); }
  std::string LastAuditDetail(const std::string& action) {
    auto rows =
        db_->Query("SELECT detail FROM audit_log WHERE action = ? ORDER BY id DESC LIMIT 1", {action});
    return rows->empty() ? "" : rows->at(0).Text(0);
  }

  std::string secret_;
};

TEST_P(TwoFactorApiTest, SignInAsksForTheCodeOnceItIsOnAndAcceptsEachCodeOnce) {
  EXPECT_EQ(SignIn("grid1").status, 200);  // not on: the password is enough
  std::vector<std::string> recovery = TurnOn("grid1");
  ASSERT_EQ(recovery.size(), 10u);
  EXPECT_EQ(Json(As("grid1", "GET", "/api/v1/auth/two-factor"))["on"], true);

  HttpResponse missing = SignIn("grid1");
  EXPECT_EQ(missing.status, 401);
  EXPECT_EQ(FieldOf(missing), "code");
  HttpResponse used = SignIn("grid1", Code());  // the code that confirmed the setup
  EXPECT_EQ(used.status, 401);
  EXPECT_EQ(FieldOf(used), "code");

  clock_.Advance(30);
  HttpResponse signed_in = SignIn("grid1", Code());
  ASSERT_EQ(signed_in.status, 200) << signed_in.body;
  EXPECT_EQ(LastAuditDetail("sign_in"), "two-step: one_time_code");
  EXPECT_EQ(SignIn("grid1", Code()).status, 401);  // the same code again

  HttpResponse by_recovery = SignIn("grid1", recovery[4]);
  ASSERT_EQ(by_recovery.status, 200) << by_recovery.body;
  EXPECT_EQ(LastAuditDetail("sign_in"), "two-step: recovery_code");
  EXPECT_EQ(SignIn("grid1", recovery[4]).status, 401);
  EXPECT_EQ(Json(As("grid1", "GET", "/api/v1/auth/two-factor"))["recovery_codes_left"], 9);
}

TEST_P(TwoFactorApiTest, AWrongPasswordSaysNothingOfTheCode) {
  TurnOn("grid1");
  HttpResponse r = Request("POST", "/api/v1/auth/sign-in",
                           nlohmann::json{{"username", "grid1"}, {"password", "Wrong2026x"}}.dump());
  EXPECT_EQ(r.status, 401);
  EXPECT_EQ(FieldOf(r), "");
}

TEST_P(TwoFactorApiTest, WrongCodesCountTowardsTheLockout) {
  TurnOn("grid1");
  clock_.Advance(30);
  for (int i = 0; i < 5; ++i) EXPECT_EQ(SignIn("grid1", Code(5)).status, 401);
  HttpResponse locked = SignIn("grid1", Code());
  EXPECT_EQ(locked.status, 401);
  EXPECT_NE(Json(locked)["error"]["message"].get<std::string>().find("locked"), std::string::npos);
}

TEST_P(TwoFactorApiTest, ARequiredRoleOffLoopbackMaySetItUpAndNothingElseFirst) {
  ApiOptions options;
  options.auth.reach.loopback_only = false;
  UseOptions(options);
  tokens_.clear();
  HttpResponse signed_in = SignIn("admin");
  ASSERT_EQ(signed_in.status, 200) << signed_in.body;
  EXPECT_EQ(Json(signed_in)["user"]["must_set_up_two_factor"], true);
  std::string token = Json(signed_in)["token"];
  HttpResponse barred = Request("GET", "/api/v1/users", "", token);
  EXPECT_EQ(barred.status, 403);
  EXPECT_EQ(FieldOf(barred), "two_factor");
  EXPECT_EQ(Json(Request("GET", "/api/v1/auth/me", "", token))["must_set_up_two_factor"], true);
  EXPECT_EQ(Json(Request("GET", "/api/v1/auth/two-factor", "", token))["required"], true);

  tokens_["admin"] = token;
  TurnOn("admin");
  EXPECT_EQ(Request("GET", "/api/v1/users", "", token).status, 200);
  EXPECT_EQ(Json(Request("GET", "/api/v1/auth/me", "", token))["must_set_up_two_factor"], false);
  // A role not named in required_roles is not held up.
  EXPECT_EQ(Json(SignIn("grid1"))["user"]["must_set_up_two_factor"], false);
}

TEST_P(TwoFactorApiTest, AnAdministratorNeverTurnsTheirOwnOffAndTheSecurityOfficerClearsAnothers) {
  TurnOn("admin");
  clock_.Advance(30);
  HttpResponse own = As("admin", "POST", "/api/v1/auth/two-factor/turn-off", {{"code", Code()}});
  EXPECT_EQ(own.status, 403) << own.body;
  EXPECT_EQ(As("admin", "POST", "/api/v1/users/admin/reset-two-factor").status, 403);
  EXPECT_EQ(Json(As("admin", "GET", "/api/v1/auth/two-factor"))["on"], true);
  EXPECT_EQ(As("security", "POST", "/api/v1/users/security/reset-two-factor").status, 422);
  EXPECT_EQ(As("security", "POST", "/api/v1/users/auditor/reset-two-factor").status, 403);

  TurnOn("grid1");
  std::string grid_token = TokenOf("grid1");
  EXPECT_EQ(As("admin", "POST", "/api/v1/users/grid1/reset-two-factor").status, 403);
  HttpResponse cleared = As("security", "POST", "/api/v1/users/grid1/reset-two-factor");
  ASSERT_EQ(cleared.status, 200) << cleared.body;
  EXPECT_EQ(Request("GET", "/api/v1/auth/me", "", grid_token).status, 401);  // its sessions ended
  EXPECT_EQ(SignIn("grid1").status, 200);                                    // the password alone again
}

TEST_P(TwoFactorApiTest, StaffMayTurnItOffWithACurrentCode) {
  TurnOn("grid1");
  EXPECT_EQ(FieldOf(As("grid1", "POST", "/api/v1/auth/two-factor/turn-off", {{"code", Code()}})), "code");
  HttpResponse off = As("grid1", "POST", "/api/v1/auth/two-factor/turn-off", {{"code", Code(1)}});
  ASSERT_EQ(off.status, 200) << off.body;
  EXPECT_EQ(Json(off)["on"], false);
  EXPECT_EQ(SignIn("grid1").status, 200);
  EXPECT_EQ(As("grid1", "POST", "/api/v1/auth/two-factor/turn-off", {{"code", Code(1)}}).status, 422);
}

TEST_P(TwoFactorApiTest, ResidentsAreNotOfferedItAndBadBodiesAreRefused) {
  EXPECT_EQ(As("resident1", "POST", "/api/v1/auth/two-factor/setup").status, 403);
  EXPECT_EQ(Json(As("resident1", "GET", "/api/v1/auth/two-factor"))["offered"], false);
  EXPECT_EQ(As("grid1", "POST", "/api/v1/auth/two-factor/confirm", {{"code", "123456"}}).status, 409);
  HttpResponse extra = As("grid1", "POST", "/api/v1/auth/two-factor/confirm", {{"code", "1"}, {"x", 1}});
  EXPECT_EQ(extra.status, 400);
  HttpResponse sign_in_extra =
      Request("POST", "/api/v1/auth/sign-in",
              nlohmann::json{{"username", "grid1"}, {"password", kPassword}, {"code", 5}}.dump());
  EXPECT_EQ(sign_in_extra.status, 400);
}

SANWANG_INSTANTIATE_API_BACKENDS(TwoFactorApiTest);

}  // namespace
}  // namespace sanwang::api
