#include "api/auth.h"

#include <atomic>
#include <chrono>
#include <future>
#include <latch>
#include <thread>

#include "api/api_test_fixture.h"
#include "org/password.h"
#include "store/security_repository.h"

namespace sanwang::api {
namespace {

class AuthTest : public ApiTest {
 protected:
  HttpResponse SignIn(const std::string& user, const std::string& password) {
    return Request("POST", "/api/v1/auth/sign-in",
                   nlohmann::json{{"username", user}, {"password", password}}.dump());
  }
  HttpResponse SignInFrom(const std::string& address, const std::string& user, const std::string& password) {
    HttpRequest r;
    r.method = "POST";
    r.target = r.path = "/api/v1/auth/sign-in";
    r.body = nlohmann::json{{"username", user}, {"password", password}}.dump();
    r.headers["content-type"] = "application/json";
    r.remote_address = address;
    return api_->Handle(r);
  }
  // A new Api on the same database, with these options.
  void Restart(ApiOptions options) {
    api_.reset();
    api_ = std::make_unique<Api>(*pool_, clock_, *calendar_, *workflow_, "411002", std::move(options));
    ASSERT_TRUE(api_->Reload().ok());
  }
  std::int64_t CountAudit(const std::string& where) {
    return db_->Query("SELECT COUNT(*) FROM audit_log WHERE " + where)->at(0).Int(0);
  }
  std::string CookieOf(const HttpResponse& r) {
    auto it = r.headers.find("Set-Cookie");
    if (it == r.headers.end()) return "";
    return it->second.substr(0, it->second.find(';'));
  }
};

TEST_P(AuthTest, SignInGivesATokenAndAHttpOnlyCookie) {
  HttpResponse r = SignIn("grid1", kPassword);
  ASSERT_EQ(r.status, 200) << r.body;
  auto j = Json(r);
  EXPECT_EQ(j["user"]["role"], "grid_worker");
  EXPECT_EQ(j["token"].get<std::string>().size(), 43u);
  std::string cookie = r.headers.find("Set-Cookie")->second;
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Strict"), std::string::npos);
  HttpResponse me = Request("GET", "/api/v1/auth/me", "", j["token"]);
  EXPECT_EQ(Json(me)["username"], "grid1");
  // Only a hash of the token is stored.
  auto stored = db_->Query("SELECT token_hash FROM sessions");
  ASSERT_EQ(stored->size(), 1u);
  EXPECT_NE(stored->at(0).Text(0), j["token"].get<std::string>());
  EXPECT_EQ(stored->at(0).Text(0), HashToken(j["token"]));
}

// The browser offers what /auth/me says the account can do; the server's own route checks
// use the same role sets, so the two cannot disagree.
TEST_P(AuthTest, MeTellsTheBrowserWhatTheAccountCanDo) {
  EXPECT_EQ(Json(SignIn("dept", kPassword))["user"]["can"]["workbench"], true);
  struct Expect {
    const char* who;
    bool report, workbench, dashboard, plan, admin, district_wide;
  };
  for (const Expect& e : {Expect{"resident1", true, false, false, false, false, false},
                          Expect{"grid1", false, true, true, false, false, false},
                          Expect{"dept", false, true, false, false, false, false},
                          Expect{"community", false, true, true, true, false, false},
                          Expect{"center", false, true, true, true, false, true},
                          Expect{"leader", false, false, true, true, false, true},
                          Expect{"admin", false, false, true, true, true, true}}) {
    auto can = Json(As(e.who, "GET", "/api/v1/auth/me"))["can"];
    EXPECT_EQ(can["report"], e.report) << e.who;
    EXPECT_EQ(can["workbench"], e.workbench) << e.who;
    EXPECT_EQ(can["dashboard"], e.dashboard) << e.who;
    EXPECT_EQ(can["map"], e.dashboard) << e.who;
    EXPECT_EQ(can["plan"], e.plan) << e.who;
    EXPECT_EQ(can["admin"], e.admin) << e.who;
    EXPECT_EQ(can["district_wide"], e.district_wide) << e.who;
    EXPECT_EQ(As(e.who, "GET", "/api/v1/dashboard").status != 403, e.dashboard) << e.who;
    EXPECT_EQ(As(e.who, "GET", "/api/v1/users").status != 403, e.admin) << e.who;
    EXPECT_EQ(As(e.who, "GET", "/api/v1/circles/gaps?type=x").status != 403, e.plan) << e.who;
  }
}

TEST_P(AuthTest, WrongPasswordAndUnknownUserLookAlike) {
  HttpResponse wrong = SignIn("grid1", "Wrong2026xx");
  HttpResponse unknown = SignIn("nobody", "Wrong2026xx");
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(Json(wrong)["error"]["message"], Json(unknown)["error"]["message"]);
}

// A password being verified must hold up neither the thread that handed over the request
// nor the writer: a write submitted while a verification is blocked commits first. (With
// the verification on the writer, the write would wait for the release, which comes only
// after the bounded wait below gives up.)
TEST_P(AuthTest, AWriteCommitsWhileASignInIsBeingVerified) {
  const std::string kBlocking = "Blocking2026";
  std::latch entered(1), release(1);
  std::thread::id verifier_thread;
  ApiOptions options;
  options.verify_password = [&](std::string_view hash, std::string_view password) {
    if (password == kBlocking) {
      verifier_thread = std::this_thread::get_id();
      entered.count_down();
      release.wait();
    }
    return org::VerifyPassword(hash, password);
  };
  Restart(options);
  std::string resident = TokenOf("resident1");

  std::promise<HttpResponse> sign_in;
  HttpRequest request;
  request.method = "POST";
  request.target = request.path = "/api/v1/auth/sign-in";
  request.body = nlohmann::json{{"username", "grid1"}, {"password", kBlocking}}.dump();
  request.headers["content-type"] = "application/json";
  api_->HandleAsync(request, [&](HttpResponse r) { sign_in.set_value(std::move(r)); });
  entered.wait();
  EXPECT_NE(verifier_thread, std::this_thread::get_id());

  std::promise<HttpResponse> write;
  HttpRequest filing;
  filing.method = "POST";
  filing.target = filing.path = "/api/v1/cases";
  filing.body = nlohmann::json{{"title", "路灯不亮"}, {"lon", kInG1.lon}, {"lat", kInG1.lat}}.dump();
  filing.headers = {{"content-type", "application/json"}, {"authorization", "Bearer " + resident}};
  api_->HandleAsync(filing, [&](HttpResponse r) { write.set_value(std::move(r)); });
  auto written = write.get_future();
  // A bound on waiting for a deadlock, not a measure of speed.
  bool committed = written.wait_for(std::chrono::seconds(30)) == std::future_status::ready;
  EXPECT_TRUE(committed) << "the write waited for the password verification";
  release.count_down();
  EXPECT_EQ(written.get().status, 201);
  EXPECT_EQ(sign_in.get_future().get().status, 401);
}

// Unknown and disabled accounts are verified against a dummy hash: one verification per
// sign-in, whatever the name, and the same answer as a wrong password.
TEST_P(AuthTest, UnknownAndDisabledAccountsCostAVerificationAndAnswerAlike) {
  std::atomic<int> verifications{0};
  ApiOptions options;
  options.verify_password = [&](std::string_view hash, std::string_view password) {
    verifications.fetch_add(1);
    return org::VerifyPassword(hash, password);
  };
  Restart(options);
  ASSERT_EQ(As("admin", "POST", "/api/v1/users/grid3/disable").status, 200);
  verifications = 0;
  HttpResponse wrong = SignIn("grid1", "Wrong2026xx");
  EXPECT_EQ(verifications.load(), 1);
  HttpResponse unknown = SignIn("nobody", "Wrong2026xx");
  EXPECT_EQ(verifications.load(), 2);
  HttpResponse disabled = SignIn("grid3", kPassword);
  EXPECT_EQ(verifications.load(), 3);
  EXPECT_EQ(wrong.status, 401);
  for (const HttpResponse* r : {&unknown, &disabled}) {
    EXPECT_EQ(r->status, wrong.status);
    EXPECT_EQ(r->body, wrong.body);
  }
}

TEST_P(AuthTest, SignInAcceptsOnlyJson) {
  std::string body = nlohmann::json{{"username", "grid1"}, {"password", kPassword}}.dump();
  for (const char* type :
       {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"}) {
    HttpResponse r = Request("POST", "/api/v1/auth/sign-in", body, "", {{"content-type", type}});
    EXPECT_EQ(r.status, 415) << type;
    EXPECT_EQ(Json(r)["error"]["code"], "unsupported_media_type");
    EXPECT_NE(Json(r)["error"]["message"].get<std::string>().find("须为 JSON"), std::string::npos);
    EXPECT_EQ(r.headers.count("Set-Cookie"), 0u);
  }
  EXPECT_EQ(db_->Query("SELECT COUNT(*) FROM sessions")->at(0).Int(0), 0);
  HttpResponse ok = Request("POST", "/api/v1/auth/sign-in", body, "",
                            {{"content-type", "Application/JSON; charset=utf-8"}});
  EXPECT_EQ(ok.status, 200) << ok.body;
}

// Failures from one address lock that address out of that account; the owner signing in
// from elsewhere is not kept out, and other accounts stay open from the same address.
TEST_P(AuthTest, AnAccountLocksOnlyForTheAddressThatFailed) {
  for (int i = 0; i < 5; ++i) EXPECT_EQ(SignInFrom("203.0.113.9", "grid1", "Wrong2026xx").status, 401);
  HttpResponse locked = SignInFrom("203.0.113.9", "grid1", kPassword);
  EXPECT_EQ(locked.status, 401);
  EXPECT_NE(Json(locked)["error"]["message"].get<std::string>().find("locked"), std::string::npos);
  EXPECT_EQ(SignInFrom("198.51.100.4", "grid1", kPassword).status, 200);
  EXPECT_EQ(SignInFrom("203.0.113.9", "grid2", kPassword).status, 200);
  EXPECT_EQ(CountAudit("action = 'sign_in_lockout' AND target = 'account' AND username = 'grid1' AND "
                       "remote_address = '203.0.113.9'"),
            1);
}

TEST_P(AuthTest, AnAddressThatFailsAtManyAccountsIsLockedOutOfAllForTheConfiguredTime) {
  ApiOptions options;
  options.auth.lockout = {/*account_failures=*/5, /*address_failures=*/3, /*window_s=*/600, /*lock_s=*/120};
  Restart(options);
  for (const char* user : {"grid1", "nobody", "street"})
    EXPECT_EQ(SignInFrom("203.0.113.9", user, "Wrong2026xx").status, 401);
  EXPECT_EQ(SignInFrom("203.0.113.9", "grid2", kPassword).status, 401);
  EXPECT_EQ(SignInFrom("198.51.100.4", "grid2", kPassword).status, 200);
  EXPECT_EQ(
      CountAudit("action = 'sign_in_lockout' AND target = 'address' AND remote_address = '203.0.113.9'"), 1);
  clock_.Advance(121);
  EXPECT_EQ(SignInFrom("203.0.113.9", "grid2", kPassword).status, 200);
}

TEST_P(AuthTest, FailuresOutsideTheWindowDoNotCount) {
  ApiOptions options;
  options.auth.lockout = {/*account_failures=*/3, /*address_failures=*/20, /*window_s=*/600, /*lock_s=*/600};
  Restart(options);
  for (int i = 0; i < 2; ++i) EXPECT_EQ(SignInFrom("203.0.113.9", "grid1", "Wrong2026xx").status, 401);
  clock_.Advance(601);
  EXPECT_EQ(SignInFrom("203.0.113.9", "grid1", "Wrong2026xx").status, 401);
  EXPECT_EQ(SignInFrom("203.0.113.9", "grid1", kPassword).status, 200);
  EXPECT_EQ(CountAudit("action = 'sign_in_lockout'"), 0);
}

TEST_P(AuthTest, LockoutAfterFiveFailuresInFifteenMinutes) {
  for (int i = 0; i < 5; ++i) EXPECT_EQ(SignIn("grid1", "Wrong2026xx").status, 401);
  HttpResponse locked = SignIn("grid1", kPassword);
  EXPECT_EQ(locked.status, 401);
  EXPECT_NE(Json(locked)["error"]["message"].get<std::string>().find("locked"), std::string::npos);
  clock_.Advance(15 * 60 + 1);
  EXPECT_EQ(SignIn("grid1", kPassword).status, 200);
  // Failures are in the audit log with the username tried.
  auto failed = db_->Query(
      "SELECT COUNT(*) FROM audit_log WHERE action = 'sign_in' AND outcome = 'failed' AND username = "
      "'grid1'");
  EXPECT_EQ(failed->at(0).Int(0), 6);
}

TEST_P(AuthTest, IdleAndAbsoluteExpiry) {
  std::string token = TokenOf("grid1");
  clock_.Advance(29 * 60);
  EXPECT_EQ(Request("GET", "/api/v1/auth/me", "", token).status, 200);
  clock_.Advance(31 * 60);
  EXPECT_EQ(Request("GET", "/api/v1/auth/me", "", token).status, 401);
  tokens_.clear();
  token = TokenOf("grid1");
  for (int i = 0; i < 26; ++i) {  // active all day: 26 × 28 min > 12 h
    clock_.Advance(28 * 60);
    if (Request("GET", "/api/v1/auth/me", "", token).status != 200) break;
  }
  EXPECT_EQ(Request("GET", "/api/v1/auth/me", "", token).status, 401);
}

TEST_P(AuthTest, SignOutEndsTheSession) {
  std::string token = TokenOf("grid1");
  EXPECT_EQ(Request("POST", "/api/v1/auth/sign-out", "", token).status, 200);
  EXPECT_EQ(Request("GET", "/api/v1/auth/me", "", token).status, 401);
}

TEST_P(AuthTest, CookieWritesNeedTheCsrfToken) {
  HttpResponse r = SignIn("resident1", kPassword);
  std::string cookie = CookieOf(r);
  std::string csrf = Json(r)["csrf_token"];
  std::string body = nlohmann::json{{"title", "路灯不亮"}, {"lon", kInG1.lon}, {"lat", kInG1.lat}}.dump();
  EXPECT_EQ(Request("GET", "/api/v1/auth/me", "", "", {{"cookie", cookie}}).status, 200);
  HttpResponse no_csrf = Request("POST", "/api/v1/cases", body, "", {{"cookie", cookie}});
  EXPECT_EQ(no_csrf.status, 403);
  HttpResponse wrong =
      Request("POST", "/api/v1/cases", body, "", {{"cookie", cookie}, {"x-csrf-token", "nope"}});
  EXPECT_EQ(wrong.status, 403);
  EXPECT_EQ(CountCases(), 0);
  HttpResponse ok = Request("POST", "/api/v1/cases", body, "", {{"cookie", cookie}, {"x-csrf-token", csrf}});
  EXPECT_EQ(ok.status, 201) << ok.body;
}

TEST_P(AuthTest, DisablingAnAccountEndsItsSessions) {
  std::string token = TokenOf("grid2");
  EXPECT_EQ(As("admin", "POST", "/api/v1/users/grid2/disable").status, 200);
  EXPECT_EQ(Request("GET", "/api/v1/auth/me", "", token).status, 401);
  EXPECT_EQ(SignIn("grid2", kPassword).status, 401);
}

TEST_P(AuthTest, ApiKeysAreStoredHashed) {
  auto lease = pool_->Acquire();
  auto key = api_->auth().CreateApiKey(*lease, "城市服务 app");
  ASSERT_TRUE(key.ok());
  EXPECT_EQ(*api_->auth().CheckApiKey(*lease, "411002", *key), "城市服务 app");
  EXPECT_EQ(api_->auth().CheckApiKey(*lease, "411002", "guess").status().code(),
            ErrorCode::kPermissionDenied);
  EXPECT_EQ((*lease).Query("SELECT COUNT(*) FROM api_keys WHERE key_hash = ?", {*key})->at(0).Int(0), 0);
}

SANWANG_INSTANTIATE_API_BACKENDS(AuthTest);

// Sessions are kept in memory for a moment after each lookup (session_cache.h). Each test
// below reads /auth/me first, so the session is cached when the change comes, and expects
// the next request to see the change at once.
class CachedSessionTest : public AuthTest {
 protected:
  void SetUp() override {
    AuthTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    // Long enough that no entry ages out during a test: only the change can end it.
    ApiOptions options;
    options.auth.session_cache_age = std::chrono::hours(1);
    UseOptions(std::move(options));
  }
  int Me(const std::string& token) { return Request("GET", "/api/v1/auth/me", "", token).status; }
  std::string Warm(const std::string& user) {
    std::string token = TokenOf(user);
    EXPECT_EQ(Me(token), 200);
    EXPECT_EQ(Me(token), 200);
    return token;
  }
};

TEST_P(CachedSessionTest, SignOutEndsACachedSessionAtOnce) {
  std::string token = Warm("grid1");
  EXPECT_EQ(Request("POST", "/api/v1/auth/sign-out", "", token).status, 200);
  EXPECT_EQ(Me(token), 401);
}

TEST_P(CachedSessionTest, APasswordChangeEndsTheOtherCachedSessionsAtOnce) {
  std::string other = Warm("grid1");
  HttpResponse fresh = SignIn("grid1", kPassword);
  ASSERT_EQ(fresh.status, 200);
  std::string here = Json(fresh)["token"];
  EXPECT_EQ(Me(here), 200);
  HttpResponse changed =
      Request("POST", "/api/v1/auth/password",
              nlohmann::json{{"old_password", kPassword}, {"new_password", "Changed2026x"}}.dump(), here);
  ASSERT_EQ(changed.status, 200) << changed.body;
  EXPECT_EQ(Me(other), 401);
  EXPECT_EQ(Me(here), 401);
  EXPECT_EQ(Me(Json(changed)["token"]), 200);
}

TEST_P(CachedSessionTest, DisablingAnAccountEndsItsCachedSessionAtOnce) {
  std::string token = Warm("grid2");
  EXPECT_EQ(As("admin", "POST", "/api/v1/users/grid2/disable").status, 200);
  EXPECT_EQ(Me(token), 401);
}

TEST_P(CachedSessionTest, ASecurityOfficersPasswordResetEndsTheCachedSessionAtOnce) {
  std::string token = Warm("grid1");
  EXPECT_EQ(As("security", "POST", "/api/v1/users/grid1/reset-password").status, 200);
  EXPECT_EQ(Me(token), 401);
}

TEST_P(CachedSessionTest, AnAccountChangeThatKeepsTheSessionIsSeenAtOnce) {
  std::string token = Warm("grid1");
  HttpResponse renamed = As("admin", "PATCH", "/api/v1/users/grid1", {{"display_name", "新名字"}});
  ASSERT_EQ(renamed.status, 200) << renamed.body;
  HttpResponse me = Request("GET", "/api/v1/auth/me", "", token);
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(Json(me)["display_name"], "新名字") << me.body;
}

SANWANG_INSTANTIATE_API_BACKENDS(CachedSessionTest);

}  // namespace
}  // namespace sanwang::api
