// Request limits over the request path (request_limiter.h): writes and filings past the
// limit of their account or client address answer 429 with Retry-After and change nothing,
// reads go on, other accounts and addresses are untouched, the clock gives tokens back,
// and a write the server screened before its body is counted once.
#include <gtest/gtest.h>

#include "api/exchange_log.h"
#include "api/server_test_fixture.h"

namespace sanwang::api {
namespace {

class RequestLimitsApiTest : public ServerTest {
 protected:
  // Signs in the accounts first: sign-in is a write, counted like any other.
  void Limit(RequestLimits limits) {
    for (const char* user : {"resident1", "resident2", "grid1"}) TokenOf(user);
    ApiOptions options;
    options.limits = limits;
    UseOptions(options);
  }
  // A request as `username` from the client address `address`.
  HttpResponse From(const std::string& address, const std::string& username, const std::string& method,
                    const std::string& path, const std::string& body = "") {
    HttpRequest r;
    r.method = method;
    r.target = r.path = path;
    r.remote_address = address;
    r.body = body;
    if (!body.empty()) r.headers["content-type"] = "application/json";
    if (!username.empty()) r.headers["authorization"] = "Bearer " + TokenOf(username);
    HttpResponse response = api_->Handle(r);
    LogExchange(r, response);
    return response;
  }
  std::string FollowPath() { return "/api/v1/cases/" + std::to_string(case_id_) + "/follow"; }
  HttpResponse Follow(const std::string& username, const std::string& address = "10.0.0.1") {
    return From(address, username, "POST", FollowPath());
  }
  static std::string RetryAfter(const HttpResponse& r) {
    auto it = r.headers.find("Retry-After");
    return it == r.headers.end() ? "" : it->second;
  }
  void SetUp() override {
    ServerTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;  // no PostgreSQL configured: no server
    case_id_ = FileCase("grid1", kInG1);
  }

  std::int64_t case_id_ = 0;
};

TEST_P(RequestLimitsApiTest, WritesPastTheAccountLimitAnswer429WithRetryAfterAndReadsGoOn) {
  RequestLimits limits = RequestLimits::Off();
  limits.account_writes = {6, 3};  // a token every 10 s, three at once
  Limit(limits);
  for (int i = 0; i < 3; ++i) ASSERT_EQ(Follow("resident1").status, 200) << "write " << i;
  HttpResponse refused = Follow("resident1");
  EXPECT_EQ(refused.status, 429) << refused.body;
  EXPECT_EQ(RetryAfter(refused), "10");
  EXPECT_EQ(Json(refused)["error"]["code"], "resource_exhausted");
  std::string message = Json(refused)["error"]["message"];
  EXPECT_EQ(message.find("请求过于频繁"), 0U) << message;
  EXPECT_NE(message.find("too many requests"), std::string::npos) << message;
  EXPECT_EQ(From("10.0.0.1", "resident1", "GET", "/api/v1/cases").status, 200);
  EXPECT_EQ(Follow("resident2").status, 200);
  clock_.Advance(9);
  EXPECT_EQ(RetryAfter(Follow("resident1")), "1");
  clock_.Advance(1);
  EXPECT_EQ(Follow("resident1").status, 200);
  EXPECT_EQ(Follow("resident1").status, 429);
}

TEST_P(RequestLimitsApiTest, TheAddressLimitHoldsForEveryAccountAtTheAddressAndNoOther) {
  RequestLimits limits = RequestLimits::Off();
  limits.address_writes = {6, 3};
  Limit(limits);
  EXPECT_EQ(Follow("resident1").status, 200);
  EXPECT_EQ(Follow("resident1").status, 200);
  EXPECT_EQ(Follow("resident2").status, 200);
  EXPECT_EQ(Follow("resident2").status, 429);
  EXPECT_EQ(Follow("resident1").status, 429);
  EXPECT_EQ(Follow("resident1", "10.0.0.2").status, 200);
  clock_.Advance(10);
  EXPECT_EQ(Follow("resident2").status, 200);
}

TEST_P(RequestLimitsApiTest, FilingHasItsOwnStricterLimitAndARefusedFilingFilesNothing) {
  RequestLimits limits = RequestLimits::Off();
  limits.account_writes = {60, 100};
  limits.account_filings = {6, 2};
  Limit(limits);
  std::string matter = nlohmann::json{
      {"item_code", "A01-001"},
      {"title", "楼道堆放杂物"},
      {"lon", kInG2.lon},
      {"lat", kInG2.lat}}.dump();
  EXPECT_EQ(From("10.0.0.1", "resident1", "POST", "/api/v1/cases", matter).status, 201);
  EXPECT_EQ(From("10.0.0.1", "resident1", "POST", "/api/v1/cases", matter).status, 201);
  std::int64_t filed = CountCases();
  HttpResponse refused = From("10.0.0.1", "resident1", "POST", "/api/v1/cases", matter);
  EXPECT_EQ(refused.status, 429) << refused.body;
  EXPECT_EQ(RetryAfter(refused), "10");
  EXPECT_EQ(CountCases(), filed);
  // Other writes keep their own, looser, limit.
  EXPECT_EQ(Follow("resident1").status, 200);
  EXPECT_EQ(From("10.0.0.1", "resident2", "POST", "/api/v1/cases", matter).status, 201);
}

TEST_P(RequestLimitsApiTest, Open311FilingsAreLimitedByAddressBeforeTheKeyIsChecked) {
  RequestLimits limits = RequestLimits::Off();
  limits.address_filings = {6, 1};
  Limit(limits);
  auto post = [&](const std::string& address) {
    HttpRequest r;
    r.method = "POST";
    r.target = r.path = "/open311/v2/requests.json";
    r.remote_address = address;
    r.headers["content-type"] = "application/x-www-form-urlencoded";
    r.body = "api_key=nope&service_code=A01-001&lat=34.01&long=113.805";
    HttpResponse response = api_->Handle(r);
    LogExchange(r, response);
    return response;
  };
  HttpResponse first = post("10.0.0.1");
  EXPECT_NE(first.status, 429) << first.body;
  EXPECT_EQ(post("10.0.0.1").status, 429);
  EXPECT_NE(post("10.0.0.2").status, 429);
}

TEST_P(RequestLimitsApiTest, RefusedCallersCostNoToken) {
  RequestLimits limits = RequestLimits::Off();
  limits.address_writes = {6, 1};
  Limit(limits);
  for (int i = 0; i < 5; ++i) {
    EXPECT_EQ(From("10.0.0.1", "", "POST", FollowPath()).status, 401);
    EXPECT_EQ(From("10.0.0.1", "grid1", "POST", FollowPath()).status, 403);  // residents' route
  }
  EXPECT_EQ(Follow("resident1").status, 200);
}

TEST_P(RequestLimitsApiTest, TheFilingRoutesAreMarkedWhereTheyAreAdded) {
  std::set<std::string> filing;
  for (const auto& route : api_->router().routes()) {
    if (route.handler.filing) filing.insert(route.method + " " + route.pattern);
  }
  EXPECT_EQ(filing,
            (std::set<std::string>{"POST /api/v1/cases", "POST /open311/v2/requests.{format}",
                                   "POST /api/v1/auth/registration/code", "POST /api/v1/auth/register",
                                   "POST /api/v1/survey-links/{token}"}));
  EXPECT_FALSE(ApiOptions{}.limits.account_writes.on());  // unlimited unless configured
}

TEST_P(RequestLimitsApiTest, RefusalsAreCountedInTheMetrics) {
  RequestLimits limits = RequestLimits::Off();
  limits.account_writes = {6, 1};
  Limit(limits);
  ASSERT_EQ(Follow("resident1").status, 200);
  ASSERT_EQ(Follow("resident1").status, 429);
  ASSERT_EQ(Follow("resident1").status, 429);
  std::string metrics = From("10.0.0.1", "", "GET", "/metrics").body;
  EXPECT_NE(metrics.find("sanwang_request_limit_refusals_total{limit=\"write\"} 2\n"), std::string::npos)
      << metrics;
  EXPECT_NE(metrics.find("sanwang_request_limit_refusals_total{limit=\"filing\"} 0\n"), std::string::npos);
  EXPECT_NE(metrics.find("route=\"/api/v1/cases/{id}/follow\",status=\"429\"} 2"), std::string::npos);
}

// Over a socket: the server screens a write's header, so a write past its limit is
// refused before its body is sent, and one let through is counted once, not again when
// its body is in.
TEST_P(RequestLimitsApiTest, OverASocketAWriteIsCountedOnceAndRefusedBeforeItsBody) {
  RequestLimits limits = RequestLimits::Off();
  limits.account_filings = {6, 2};
  Limit(limits);
  StartServer({});
  std::string matter = nlohmann::json{
      {"item_code", "A01-001"},
      {"title", "楼道堆放杂物"},
      {"lon", kInG2.lon},
      {"lat", kInG2.lat}}.dump();
  auto header = [&](std::size_t length) {
    return "POST /api/v1/cases HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TokenOf("resident1") +
           "\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: " +
           std::to_string(length) + "\r\n\r\n";
  };
  for (int i = 0; i < 2; ++i) {
    int fd = Connect();
    Send(fd, header(matter.size()) + matter);
    std::string got = Receive(fd);
    EXPECT_NE(got.find("201 Created"), std::string::npos) << "filing " << i << ": " << got.substr(0, 300);
    close(fd);
  }
  int fd = Connect();
  Send(fd, header(1'000'000));  // the header alone: the body is never sent
  std::string got = Receive(fd);
  EXPECT_NE(got.find("429 Too Many Requests"), std::string::npos) << got.substr(0, 300);
  EXPECT_NE(got.find("Retry-After: 10"), std::string::npos) << got.substr(0, 300);
  close(fd);
}

SANWANG_INSTANTIATE_API_BACKENDS(RequestLimitsApiTest);

}  // namespace
}  // namespace sanwang::api
