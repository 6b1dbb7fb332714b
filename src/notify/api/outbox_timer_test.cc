// The server's sender thread (outbox_timer.h) with the API on both engines: a resident who
// chose SMS has their matter accepted through the API, and the message reaches a local
// fake gateway by itself — woken by the write, not by a test — signed, with the case's
// values; the outbox then shows it sent.
#include "notify/api/outbox_timer.h"

#include "api/api_test_fixture.h"
#include "notify/channels/fake_gateway.h"

namespace sanwang::api {
namespace {

constexpr const char* kSecret = "timer-test-secret";

class OutboxTimerTest : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    ApiOptions o;
    o.delivery_channels = {"sms"};
    UseOptions(o);
  }
  notify::FakeGateway gateway_{kSecret};
};

TEST_P(OutboxTimerTest, AMessageQueuedByAChangeReachesTheGatewayOnItsOwn) {
  HttpResponse chose = As("resident1", "PUT", "/api/v1/me/notification-settings", {{"channels", {"sms"}}});
  ASSERT_EQ(chose.status, 200) << chose.body;
  NotifySettings settings;
  settings.sms.url = gateway_.url();
  settings.sms.secret = kSecret;
  settings.sms.templates = {{"case_accepted", "SMS_0002"}};
  const notify::ConfiguredChannels channels(settings);
  notify::OutboxTimer timer(*api_, channels, notify::SenderOptionsFrom(settings));

  const std::int64_t id = FileCase("resident1", kInG2);
  ASSERT_EQ(
      As("grid2", "POST", "/api/v1/cases/" + std::to_string(id) + "/transitions", {{"action", "accept"}})
          .status,
      200);
  ASSERT_TRUE(gateway_.WaitForRequests(1, std::chrono::seconds(30))) << "nothing reached the gateway";
  const auto requests = gateway_.requests();
  EXPECT_TRUE(requests[0].signature_ok);
  EXPECT_EQ(requests[0].body["template_code"], "SMS_0002");
  EXPECT_EQ(requests[0].body["phone_numbers"], "13800000000");
  EXPECT_EQ(requests[0].body["template_param"]["case"], std::to_string(id));
  // The outcome is recorded just after the answer: wait for it as the gateway was waited for.
  for (int i = 0; i < 300; ++i) {
    auto sent = db_->Query("SELECT COUNT(*) FROM notify_outbox WHERE state = 'sent'");
    if (sent.ok() && sent->at(0).Int(0) == 1) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  auto state = db_->Query("SELECT state, attempts FROM notify_outbox");
  ASSERT_TRUE(state.ok() && state->size() == 1);
  EXPECT_EQ(state->at(0).Text(0), "sent");
  EXPECT_EQ(state->at(0).Int(1), 1);
}

SANWANG_INSTANTIATE_API_BACKENDS(OutboxTimerTest);

}  // namespace
}  // namespace sanwang::api
