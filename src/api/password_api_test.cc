// Password changes by every account and resets by an administrator, over the API.
#include "api/api_test_fixture.h"

namespace sanwang::api {
namespace {

constexpr const char* kNewPassword = "Changed2026x";

class PasswordApiTest : public ApiTest {
 protected:
  HttpResponse SignIn(const std::string& user, const std::string& password) {
    return Request("POST", "/api/v1/auth/sign-in",
                   nlohmann::json{{"username", user}, {"password", password}}.dump());
  }
  std::string FreshToken(const std::string& user, const std::string& password) {
    HttpResponse r = SignIn(user, password);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.status == 200 ? Json(r)["token"].get<std::string>() : "";
  }
  HttpResponse Change(const std::string& token, const std::string& old_password,
                      const std::string& new_password) {
    return Request("POST", "/api/v1/auth/password",
                   nlohmann::json{{"old_password", old_password}, {"new_password", new_password}}.dump(),
                   token);
  }
  int Me(const std::string& token) { return Request("GET", "/api/v1/auth/me", "", token).status; }
  std::int64_t CountAudit(const std::string& where) {
    return db_->Query("SELECT COUNT(*) FROM audit_log WHERE " + where)->at(0).Int(0);
  }
};

TEST_P(PasswordApiTest, ChangeEndsEverySessionAndGivesThisClientANewOne) {
  std::string here = FreshToken("grid1", kPassword);
  std::string elsewhere = FreshToken("grid1", kPassword);
  HttpResponse changed = Change(here, kPassword, kNewPassword);
  ASSERT_EQ(changed.status, 200) << changed.body;
  std::string renewed = Json(changed)["token"];
  EXPECT_NE(changed.headers.find("Set-Cookie")->second.find(renewed), std::string::npos);
  EXPECT_EQ(Me(here), 401);
  EXPECT_EQ(Me(elsewhere), 401);
  EXPECT_EQ(Me(renewed), 200);
  EXPECT_EQ(SignIn("grid1", kPassword).status, 401);
  EXPECT_EQ(SignIn("grid1", kNewPassword).status, 200);
  EXPECT_EQ(CountAudit("action = 'password_change' AND outcome = 'ok' AND username = 'grid1'"), 1);
}

TEST_P(PasswordApiTest, ChangeNeedsTheCurrentPasswordAndMeetsThePolicy) {
  std::string token = FreshToken("grid1", kPassword);
  HttpResponse wrong = Change(token, "Wrong2026xx", kNewPassword);
  EXPECT_EQ(wrong.status, 400);
  EXPECT_EQ(Json(wrong)["error"]["field"], "old_password");
  for (const char* weak : {"short1", "onlyletterslong", "grid1grid1x9", kPassword}) {
    HttpResponse refused = Change(token, kPassword, weak);
    EXPECT_EQ(refused.status, 400) << weak;
    EXPECT_EQ(Json(refused)["error"]["field"], "new_password") << weak;
  }
  EXPECT_EQ(Me(token), 200);
  EXPECT_EQ(SignIn("grid1", kPassword).status, 200);
  EXPECT_EQ(CountAudit("action = 'password_change' AND outcome = 'failed'"), 5);
}

TEST_P(PasswordApiTest, AResetForcesAChangeBeforeAnythingElse) {
  std::string old_session = FreshToken("grid1", kPassword);
  HttpResponse reset = As("admin", "POST", "/api/v1/users/grid1/reset-password");
  ASSERT_EQ(reset.status, 200) << reset.body;
  EXPECT_EQ(reset.headers.find("Cache-Control")->second, "no-store");
  std::string temporary = Json(reset)["temporary_password"];
  EXPECT_EQ(Me(old_session), 401);
  EXPECT_EQ(SignIn("grid1", kPassword).status, 401);

  HttpResponse signed_in = SignIn("grid1", temporary);
  ASSERT_EQ(signed_in.status, 200) << signed_in.body;
  EXPECT_EQ(Json(signed_in)["user"]["must_change_password"], true);
  std::string token = Json(signed_in)["token"];
  HttpResponse me = Request("GET", "/api/v1/auth/me", "", token);
  EXPECT_EQ(me.status, 200);
  EXPECT_EQ(Json(me)["must_change_password"], true);
  HttpResponse barred = Request("GET", "/api/v1/cases", "", token);
  EXPECT_EQ(barred.status, 403);
  EXPECT_EQ(Json(barred)["error"]["code"], "password_change_required");
  EXPECT_NE(Json(barred)["error"]["message"].get<std::string>().find("请先修改密码"), std::string::npos);

  HttpResponse changed = Change(token, temporary, kNewPassword);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(Json(changed)["user"]["must_change_password"], false);
  std::string renewed = Json(changed)["token"];
  EXPECT_EQ(Request("GET", "/api/v1/cases", "", renewed).status, 200);
  EXPECT_EQ(CountAudit("action = 'password_reset' AND username = 'admin' AND target = 'grid1'"), 1);
}

TEST_P(PasswordApiTest, AdminsDoNotResetTheirOwnPasswordOrUnknownAccounts) {
  EXPECT_EQ(As("admin", "POST", "/api/v1/users/admin/reset-password").status, 422);
  EXPECT_EQ(As("admin", "POST", "/api/v1/users/nobody/reset-password").status, 404);
  EXPECT_EQ(Me(TokenOf("admin")), 200);
}

SANWANG_INSTANTIATE_API_BACKENDS(PasswordApiTest);

}  // namespace
}  // namespace sanwang::api
