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
  std::int64_t CountHistory(const std::string& username) {
    return db_
        ->Query(
            "SELECT COUNT(*) FROM password_history h JOIN users u ON u.id = h.user_id WHERE u.username = ?",
            {username})
        ->at(0)
        .Int(0);
  }
  std::string StoredHash(const std::string& username) {
    return db_->Query("SELECT password_hash FROM users WHERE username = ?", {username})->at(0).Text(0);
  }
  // Changes the password with `token` and returns the new session's token.
  std::string ChangeTo(const std::string& token, const std::string& old_password,
                       const std::string& new_password) {
    HttpResponse r = Change(token, old_password, new_password);
    EXPECT_EQ(r.status, 200) << new_password << ": " << r.body;
    return r.status == 200 ? Json(r)["token"].get<std::string>() : "";
  }
  // Marks `username` as holding the demo's published password, as `sanwang demo` does.
  void MarkDemo(const std::string& username) {
    ASSERT_TRUE(db_->Execute("UPDATE users SET demo_password = 1 WHERE username = ?", {username}).ok());
  }
  void ServeOffLoopback() {
    ApiOptions options;
    options.auth.reach.loopback_only = false;
    UseOptions(options);
  }
  // A sign-in that may only change the password, for `reason`.
  void ExpectMustChange(const HttpResponse& signed_in, const std::string& reason, const std::string& words) {
    ASSERT_EQ(signed_in.status, 200) << signed_in.body;
    nlohmann::json user = Json(signed_in)["user"];
    EXPECT_EQ(user["must_change_password"], true);
    EXPECT_EQ(user["must_change_reason"], reason);
    EXPECT_NE(user["must_change_message"].get<std::string>().find(words), std::string::npos);
    std::string token = Json(signed_in)["token"];
    HttpResponse barred = Request("GET", "/api/v1/cases", "", token);
    EXPECT_EQ(barred.status, 403);
    EXPECT_EQ(Json(barred)["error"]["code"], "password_change_required");
    HttpResponse me = Request("GET", "/api/v1/auth/me", "", token);
    EXPECT_EQ(Json(me)["must_change_reason"], reason);
  }
};

constexpr std::int64_t kDay = 24 * 3600;

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
  HttpResponse reset = As("security", "POST", "/api/v1/users/grid1/reset-password");
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
  EXPECT_EQ(CountAudit("action = 'password_reset' AND username = 'security' AND target = 'grid1'"), 1);
}

TEST_P(PasswordApiTest, TheSecurityOfficerResetsNeitherTheirOwnPasswordNorUnknownAccounts) {
  EXPECT_EQ(As("security", "POST", "/api/v1/users/security/reset-password").status, 422);
  EXPECT_EQ(As("security", "POST", "/api/v1/users/nobody/reset-password").status, 404);
  EXPECT_EQ(Me(TokenOf("security")), 200);
}

TEST_P(PasswordApiTest, APasswordOlderThanMaxAgeSignsInOnlyToBeChanged) {
  // The accounts' passwords were set when the test district was made, at the clock's start.
  clock_.Advance(90 * kDay);
  HttpResponse last_day = SignIn("grid1", kPassword);
  ASSERT_EQ(last_day.status, 200) << last_day.body;
  EXPECT_EQ(Json(last_day)["user"]["must_change_password"], false);
  EXPECT_EQ(Json(last_day)["user"]["must_change_reason"], "");
  EXPECT_EQ(Json(last_day)["user"]["password_expires_at"], "2027-02-28T09:00:00+08:00");
  std::string open_session = Json(last_day)["token"];
  EXPECT_EQ(Request("GET", "/api/v1/cases", "", open_session).status, 200);

  clock_.Advance(1);
  HttpResponse expired = SignIn("grid1", kPassword);
  ExpectMustChange(expired, "expired", "密码已过期，请修改 password expired, change it");
  // A session opened before the password expired is held to the change too.
  EXPECT_EQ(Request("GET", "/api/v1/cases", "", open_session).status, 403);
  EXPECT_EQ(CountAudit("action = 'sign_in' AND detail = 'must change password: expired'"), 1);

  HttpResponse changed = Change(Json(expired)["token"].get<std::string>(), kPassword, kNewPassword);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(Json(changed)["user"]["must_change_password"], false);
  EXPECT_EQ(Json(changed)["user"]["password_expires_at"], "2027-05-29T09:00:01+08:00");
  EXPECT_EQ(Request("GET", "/api/v1/cases", "", Json(changed)["token"].get<std::string>()).status, 200);
  EXPECT_EQ(Json(SignIn("grid1", kNewPassword))["user"]["must_change_password"], false);
}

TEST_P(PasswordApiTest, PasswordsNeverExpireWithMaxAgeZero) {
  ApiOptions options;
  options.auth.passwords.max_age_days = 0;
  UseOptions(options);
  clock_.Advance(3650 * kDay);
  HttpResponse signed_in = SignIn("grid1", kPassword);
  ASSERT_EQ(signed_in.status, 200) << signed_in.body;
  EXPECT_EQ(Json(signed_in)["user"]["must_change_password"], false);
  EXPECT_TRUE(Json(signed_in)["user"]["password_expires_at"].is_null());
}

TEST_P(PasswordApiTest, AnEarlierPasswordIsRefusedAndNothingChanges) {
  std::string token = ChangeTo(FreshToken("grid1", kPassword), kPassword, "Second2026x");
  token = ChangeTo(token, "Second2026x", "Third2026xx");
  ASSERT_EQ(CountHistory("grid1"), 2);
  std::string hash = StoredHash("grid1");
  for (const char* earlier : {kPassword, "Second2026x"}) {
    HttpResponse refused = Change(token, "Third2026xx", earlier);
    EXPECT_EQ(refused.status, 400) << earlier;
    EXPECT_EQ(Json(refused)["error"]["field"], "new_password") << earlier;
    EXPECT_NE(
        Json(refused)["error"]["message"].get<std::string>().find("新密码不能与最近 5 次用过的密码相同"),
        std::string::npos);
  }
  EXPECT_EQ(StoredHash("grid1"), hash);
  EXPECT_EQ(CountHistory("grid1"), 2);
  EXPECT_EQ(Me(token), 200);  // the session did not end
  EXPECT_EQ(SignIn("grid1", "Third2026xx").status, 200);
  EXPECT_EQ(SignIn("grid1", kPassword).status, 401);
  EXPECT_EQ(CountAudit("action = 'password_change' AND outcome = 'failed'"), 2);
}

TEST_P(PasswordApiTest, TheHistoryKeepsAsManyPasswordsAsConfigured) {
  ApiOptions options;
  options.auth.passwords.history = 2;  // the current one and one before it
  UseOptions(options);
  std::string token = ChangeTo(FreshToken("grid1", kPassword), kPassword, "Second2026x");
  token = ChangeTo(token, "Second2026x", "Third2026xx");
  EXPECT_EQ(CountHistory("grid1"), 1);
  EXPECT_EQ(Change(token, "Third2026xx", "Second2026x").status, 400);
  ChangeTo(token, "Third2026xx", kPassword);  // three back: free again
}

TEST_P(PasswordApiTest, AResetKeepsTheReplacedPasswordInTheHistory) {
  HttpResponse reset = As("security", "POST", "/api/v1/users/grid1/reset-password");
  ASSERT_EQ(reset.status, 200) << reset.body;
  std::string temporary = Json(reset)["temporary_password"];
  HttpResponse signed_in = SignIn("grid1", temporary);
  ExpectMustChange(signed_in, "reset", "重置");
  HttpResponse back = Change(Json(signed_in)["token"].get<std::string>(), temporary, kPassword);
  EXPECT_EQ(back.status, 400) << back.body;
  EXPECT_EQ(Json(back)["error"]["field"], "new_password");
}

TEST_P(PasswordApiTest, TheDemoPasswordMustBeChangedOnAServerOthersCanReach) {
  MarkDemo("grid1");
  ServeOffLoopback();
  HttpResponse signed_in = SignIn("grid1", kPassword);
  ExpectMustChange(signed_in, "demo_password", "演示密码须先修改");
  HttpResponse changed = Change(Json(signed_in)["token"].get<std::string>(), kPassword, kNewPassword);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(Json(changed)["user"]["must_change_password"], false);
  EXPECT_EQ(db_->Query("SELECT demo_password FROM users WHERE username = 'grid1'")->at(0).Int(0), 0);
  EXPECT_EQ(Json(SignIn("grid1", kNewPassword))["user"]["must_change_password"], false);
  // Accounts with a password of their own are not held.
  HttpResponse own = SignIn("grid2", kPassword);
  ASSERT_EQ(own.status, 200);
  EXPECT_EQ(Json(own)["user"]["must_change_password"], false);
}

TEST_P(PasswordApiTest, TheDemoStaysUsableOnLoopback) {
  MarkDemo("grid1");
  HttpResponse signed_in = SignIn("grid1", kPassword);
  ASSERT_EQ(signed_in.status, 200) << signed_in.body;
  EXPECT_EQ(Json(signed_in)["user"]["must_change_password"], false);
  EXPECT_EQ(Json(signed_in)["user"]["must_change_reason"], "");
  EXPECT_EQ(Json(signed_in)["user"]["must_change_message"], "");
  EXPECT_EQ(Request("GET", "/api/v1/cases", "", Json(signed_in)["token"].get<std::string>()).status, 200);
}

SANWANG_INSTANTIATE_API_BACKENDS(PasswordApiTest);

}  // namespace
}  // namespace sanwang::api
