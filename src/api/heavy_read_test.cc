// Heavy reads (Api::AddHeavyRead) run on the read workers: while one is held, the server's
// only I/O thread still answers a cheap request; and a heavy route refuses, audits and maps
// its errors as every other route does.
#include <gtest/gtest.h>

#include <future>

#include "api/responses.h"
#include "api/server_test_fixture.h"

namespace sanwang::api {
namespace {

class HeavyReadTest : public ServerTest {
 protected:
  // A heavy route that tells the test it has begun, then waits until the test lets it go.
  void AddHeldRoute() {
    api_->AddHeavyRead("/api/v1/test/held", Access::Public(),
                       {"testHeld", "Held until the test releases it."}, [this](Call&) {
                         entered_.set_value();
                         released_.get_future().wait();
                         return JsonResponse(200, {{"held", true}});
                       });
  }
  std::int64_t DeniedEntries(const std::string& action) {
    auto rows =
        db_->Query("SELECT COUNT(*) FROM audit_log WHERE action = ? AND outcome = 'denied'", {action});
    EXPECT_TRUE(rows.ok());
    return rows.ok() ? (*rows)[0].Int(0) : -1;
  }

  std::promise<void> entered_;
  std::promise<void> released_;
};

TEST_P(HeavyReadTest, AHeldHeavyReadLeavesTheOnlyIoThreadFreeForCheapRequests) {
  AddHeldRoute();
  ServerOptions options;
  options.threads = 1;
  StartServer(options);
  int heavy = Connect();
  Send(heavy, "GET /api/v1/test/held HTTP/1.1\r\nHost: x\r\n\r\n");
  entered_.get_future().wait();  // the heavy handler is running now, and stays so

  // Were the handler on the I/O thread, this answer could not come until it was released:
  // the receive would end at the socket's timeout with nothing read.
  int cheap = Connect();
  Send(cheap, "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  std::string health = Receive(cheap, "\r\n\r\n");
  released_.set_value();
  EXPECT_NE(health.find("200 OK"), std::string::npos) << health;

  std::string held = Receive(heavy, "{\"held\":true}");
  EXPECT_NE(held.find("200 OK"), std::string::npos) << held;
  EXPECT_NE(held.find("{\"held\":true}"), std::string::npos) << held;
  close(cheap);
  close(heavy);
}

TEST_P(HeavyReadTest, HeavyRoutesRefuseAndMapErrorsAsBefore) {
  const std::string dashboard = "/api/v1/dashboard";
  EXPECT_EQ(Request("GET", dashboard).status, 401);
  std::int64_t denied = DeniedEntries("GET /api/v1/dashboard");
  HttpResponse refused = As("resident1", "GET", dashboard);
  EXPECT_EQ(refused.status, 403) << refused.body;
  EXPECT_EQ(Json(refused)["error"]["code"], "permission_denied");
  EXPECT_EQ(DeniedEntries("GET /api/v1/dashboard"), denied + 1);  // the role's refusal is audited
  HttpResponse bad_day = As("leader", "GET", dashboard + "?from=2026-13-01");
  EXPECT_EQ(bad_day.status, 400) << bad_day.body;
  EXPECT_EQ(Json(bad_day)["error"]["field"], "from");
  HttpResponse bad_level = As("leader", "GET", "/api/v1/rankings?level=planet");
  EXPECT_EQ(bad_level.status, 400) << bad_level.body;
  EXPECT_EQ(Json(bad_level)["error"]["field"], "level");
  HttpResponse shown = As("leader", "GET", dashboard);
  EXPECT_EQ(shown.status, 200) << shown.body;
  EXPECT_EQ(Json(shown)["unit"]["code"], "D");          // the leader sees the district
  EXPECT_EQ(shown.headers.count("Cache-Control"), 1u);  // no-store, added like any API answer
}

TEST_P(HeavyReadTest, AHeavyRouteAnswersOverTheSocketWithItsStatusAndHeaders) {
  StartServer({});
  int fd = Connect();
  Send(fd, "GET /api/v1/dashboard HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + TokenOf("resident1") +
               "\r\n\r\n");
  std::string got = Receive(fd, "}}");
  EXPECT_NE(got.find("403 Forbidden"), std::string::npos) << got;
  EXPECT_NE(got.find("X-Content-Type-Options: nosniff"), std::string::npos) << got;
  close(fd);
}

SANWANG_INSTANTIATE_API_BACKENDS(HeavyReadTest);

}  // namespace
}  // namespace sanwang::api
