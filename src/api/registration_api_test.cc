// Residents register themselves over the API: with an SMS gateway (a fake one on
// loopback), without one (allowed or refused), and every refusal changes nothing.
#include "api/api_test_fixture.h"
#include "api/fake_sms_gateway.h"

namespace sanwang::api {
namespace {

constexpr const char* kPhone = "13912345678";
constexpr const char* kNewPassword = "Garden2026x";

class RegistrationApiTest : public ApiTest {
 protected:
  void WithGateway(const std::string& url) {
    ApiOptions options;
    options.sms_gateway = {url, "k", std::chrono::seconds(2)};
    UseOptions(options);
  }
  void Unverified() {
    ApiOptions options;
    options.allow_unverified_registration = true;
    UseOptions(options);
  }
  HttpResponse AskCode(const std::string& phone = kPhone) {
    return Request("POST", "/api/v1/auth/registration/code", nlohmann::json{{"phone", phone}}.dump());
  }
  nlohmann::json Form(const std::string& code = "") {
    nlohmann::json form = {
        {"phone", kPhone}, {"password", kNewPassword}, {"display_name", "王小明"}, {"community_code", "C2"}};
    if (!code.empty()) form["code"] = code;
    return form;
  }
  HttpResponse Register(const nlohmann::json& form) {
    return Request("POST", "/api/v1/auth/register", form.dump());
  }
  std::int64_t Count(const std::string& sql) { return db_->Query(sql)->at(0).Int(0); }
  std::int64_t Accounts() { return Count("SELECT COUNT(*) FROM users"); }
  void SetUp() override {
    ApiTest::SetUp();
    if (db_) district_accounts_ = Accounts();
  }
  // The accounts of the test district, before any registration.
  std::int64_t district_accounts_ = 0;
};

TEST_P(RegistrationApiTest, TheServerSaysWhetherACodeIsNeeded) {
  auto mode = [&] { return Json(Request("GET", "/api/v1/auth/registration")); };
  EXPECT_EQ(mode()["open"], false);
  Unverified();
  EXPECT_EQ(mode()["open"], true);
  EXPECT_EQ(mode()["code_required"], false);
  WithGateway("http://127.0.0.1:9/sms");
  EXPECT_EQ(mode()["open"], true);
  EXPECT_EQ(mode()["code_required"], true);
}

TEST_P(RegistrationApiTest, CommunitiesAndTheCommunityOfAPointArePublic) {
  HttpResponse list = Request("GET", "/api/v1/auth/registration/communities");
  ASSERT_EQ(list.status, 200) << list.body;
  const nlohmann::json items = Json(list)["items"];
  std::set<std::string> codes;
  for (const auto& c : items) codes.insert(c["code"].get<std::string>());
  EXPECT_EQ(codes, (std::set<std::string>{"C", "C2"}));
  EXPECT_EQ(items[0]["street"]["code"], "S");
  HttpResponse here = Request("GET", "/api/v1/auth/registration/locate?lon=113.825&lat=34.01");
  ASSERT_EQ(here.status, 200) << here.body;
  EXPECT_EQ(Json(here)["community"]["code"], "C2");
  EXPECT_TRUE(Json(Request("GET", "/api/v1/auth/registration/locate?lon=100&lat=30"))["community"].is_null());
  EXPECT_EQ(Request("GET", "/api/v1/auth/registration/locate?lon=x&lat=30").status, 400);
}

TEST_P(RegistrationApiTest, WithAGatewayTheCodeFromTheTextRegistersAndSignsIn) {
  FakeSmsGateway gateway;
  WithGateway(gateway.url());
  HttpResponse sent = AskCode();
  ASSERT_EQ(sent.status, 200) << sent.body;
  auto code = gateway.LastCodeTo(kPhone);
  ASSERT_TRUE(code.has_value());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM registration_codes WHERE code_hash LIKE '%" + *code + "%'"), 0);

  EXPECT_EQ(Json(Register(Form()))["error"]["field"], "code");
  std::string wrong = *code == "000000" ? "111111" : "000000";
  EXPECT_EQ(Json(Register(Form(wrong)))["error"]["field"], "code");
  EXPECT_EQ(Accounts(), district_accounts_);

  HttpResponse registered = Register(Form(*code));
  ASSERT_EQ(registered.status, 201) << registered.body;
  EXPECT_NE(registered.headers.find("Set-Cookie")->second.find("sw_session="), std::string::npos);
  EXPECT_EQ(Json(registered)["user"]["role"], "resident");
  std::string token = Json(registered)["token"];
  HttpResponse me = Request("GET", "/api/v1/auth/me", "", token);
  ASSERT_EQ(me.status, 200) << me.body;
  EXPECT_EQ(Json(me)["username"], kPhone);
  EXPECT_EQ(Json(me)["can"]["report"], true);
  // The new resident files a matter at once and sees it among their own.
  HttpResponse filed =
      Request("POST", "/api/v1/cases",
              nlohmann::json{
                  {"item_code", "A01-001"}, {"title", "楼道堆放杂物"}, {"lon", kInG3.lon}, {"lat", kInG3.lat}}
                  .dump(),
              token);
  EXPECT_EQ(filed.status, 201) << filed.body;
  // And signs in again later with the phone and the password.
  HttpResponse signed_in = Request("POST", "/api/v1/auth/sign-in",
                                   nlohmann::json{{"username", kPhone}, {"password", kNewPassword}}.dump());
  EXPECT_EQ(signed_in.status, 200) << signed_in.body;
  // The code is spent.
  EXPECT_EQ(Register(Form(*code)).status, 400);
}

TEST_P(RegistrationApiTest, RegistrationsAreAuditedWithTheirPhoneMasked) {
  Unverified();
  ASSERT_EQ(Register(Form()).status, 201);
  ASSERT_EQ(Register(Form()).status, 409);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'register' AND outcome = 'ok' AND target = "
                  "'139****5678'"),
            1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'register' AND outcome = 'failed'"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM audit_log WHERE action = 'register' AND (target LIKE '%12345678%' OR "
                  "detail LIKE '%12345678%')"),
            0);
}

TEST_P(RegistrationApiTest, CodeRequestsAreRateLimitedWithRetryAfter) {
  FakeSmsGateway gateway;
  WithGateway(gateway.url());
  ASSERT_EQ(AskCode().status, 200);
  HttpResponse again = AskCode();
  EXPECT_EQ(again.status, 429) << again.body;
  EXPECT_EQ(Json(again)["error"]["code"], "resource_exhausted");
  ASSERT_TRUE(again.headers.count("Retry-After"));
  EXPECT_EQ(again.headers.find("Retry-After")->second, "60");
  EXPECT_EQ(gateway.texts().size(), 1u);
  clock_.Advance(60);
  EXPECT_EQ(AskCode().status, 200);
  EXPECT_EQ(gateway.texts().size(), 2u);
}

TEST_P(RegistrationApiTest, AGatewayThatIsDownIs503AndRegistrationWorksWhenItIsBack) {
  auto gateway = std::make_unique<FakeSmsGateway>();
  unsigned short port = gateway->port();
  WithGateway(gateway->url());
  gateway.reset();
  HttpResponse down = AskCode();
  EXPECT_EQ(down.status, 503) << down.body;
  EXPECT_EQ(Count("SELECT COUNT(*) FROM registration_codes"), 0);
  gateway = std::make_unique<FakeSmsGateway>(port);
  ASSERT_EQ(AskCode().status, 200);  // a failed send does not count against the phone
  EXPECT_EQ(Register(Form(*gateway->LastCodeTo(kPhone))).status, 201);
}

TEST_P(RegistrationApiTest, WithoutAGatewayRegistrationIsRefusedUnlessAllowed) {
  HttpResponse closed = Register(Form());
  EXPECT_EQ(closed.status, 422) << closed.body;
  EXPECT_EQ(AskCode().status, 422);
  EXPECT_EQ(Accounts(), district_accounts_);
  Unverified();
  EXPECT_EQ(AskCode().status, 422);
  HttpResponse open = Register(Form());
  ASSERT_EQ(open.status, 201) << open.body;
  EXPECT_EQ(Json(open)["user"]["unit"]["code"], "C2");
}

TEST_P(RegistrationApiTest, APhoneRegistersOnceWithAMessageThatNamesNoAccount) {
  Unverified();
  nlohmann::json taken = Form();
  taken["phone"] = "13800000000";  // the test accounts' phone
  HttpResponse refused = Register(taken);
  EXPECT_EQ(refused.status, 409) << refused.body;
  std::string message = Json(refused)["error"]["message"];
  EXPECT_NE(message.find("already registered"), std::string::npos);
  EXPECT_EQ(message.find("resident1"), std::string::npos);
  EXPECT_EQ(Accounts(), district_accounts_);
}

TEST_P(RegistrationApiTest, BadInputChangesNothing) {
  Unverified();
  std::vector<std::pair<nlohmann::json, std::string>> cases;
  auto with = [&](const std::string& field, const nlohmann::json& value) {
    nlohmann::json f = Form();
    f[field] = value;
    return f;
  };
  cases.emplace_back(with("phone", "2391234567"), "phone");
  cases.emplace_back(with("phone", 13912345678), "phone");
  cases.emplace_back(with("password", "short1"), "password");
  cases.emplace_back(with("password", "x13912345678"), "password");
  cases.emplace_back(with("display_name", ""), "display_name");
  cases.emplace_back(with("community_code", "G3"), "community_code");
  cases.emplace_back(with("community_code", "NOPE"), "community_code");
  cases.emplace_back(with("role", "admin"), "role");
  for (const auto& [form, field] : cases) {
    HttpResponse r = Register(form);
    EXPECT_EQ(r.status, 400) << form.dump() << r.body;
    EXPECT_EQ(Json(r)["error"]["field"], field) << form.dump();
  }
  EXPECT_EQ(
      Request("POST", "/api/v1/auth/register", Form().dump(), "", {{"content-type", "text/plain"}}).status,
      415);
  EXPECT_EQ(Accounts(), district_accounts_);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM sessions"), 0);
}

SANWANG_INSTANTIATE_API_BACKENDS(RegistrationApiTest);

}  // namespace
}  // namespace sanwang::api
