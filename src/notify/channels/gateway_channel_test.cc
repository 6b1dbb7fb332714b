// The SMS and WeChat channels against a local fake gateway (fake_gateway.h) that checks
// their signatures: the body in each provider's shape, the idempotency key on every
// request, and what each answer means — sent, try again later (busy, failing, slow, down)
// or given up (refused, no template).
#include "notify/channels/gateway_channel.h"

#include <gtest/gtest.h>

#include "notify/channels/fake_gateway.h"

namespace sanwang::notify {
namespace {

constexpr const char* kSecret = "gateway-secret-for-tests";

class GatewayChannelTest : public ::testing::Test {
 protected:
  GatewaySettings Settings(const std::string& secret = kSecret) const {
    GatewaySettings s;
    s.url = gateway_.url();
    s.secret = secret;
    s.sign_name = "【魏都区】";
    s.timeout_seconds = 1;
    s.templates = {{"case_resolved", "SMS_0001"}};
    return s;
  }
  static OutgoingMessage Message() {
    OutgoingMessage m;
    m.idempotency_key = "notice-41-sms";
    m.kind = "case_resolved";
    m.address = "13800000001";
    m.subject = "您反映的诉求已办结 / resolved";
    m.body = "「井盖缺失」已办结";
    m.params = R"({"case":"41","title":"井盖缺失","note":"已更换","link":"/r/matters/41"})";
    return m;
  }
  Status Send(GatewayShape shape = GatewayShape::kSms, const std::string& secret = kSecret) {
    return GatewayChannel(shape, Settings(secret), "https://sanwang.example.cn/").Deliver(Message());
  }
  FakeGateway gateway_{kSecret};
};

TEST_F(GatewayChannelTest, ATextMessageIsSignedAndShapedAsTheProvidersApi) {
  ASSERT_TRUE(Send().ok());
  const auto requests = gateway_.requests();
  ASSERT_EQ(requests.size(), 1U);
  EXPECT_TRUE(requests[0].signature_ok);
  EXPECT_EQ(requests[0].idempotency_key, "notice-41-sms");
  const nlohmann::json& body = requests[0].body;
  EXPECT_EQ(body["phone_numbers"], "13800000001");
  EXPECT_EQ(body["sign_name"], "【魏都区】");
  EXPECT_EQ(body["template_code"], "SMS_0001");
  EXPECT_EQ(body["template_param"]["title"], "井盖缺失");
  EXPECT_EQ(body["template_param"]["case"], "41");
  EXPECT_FALSE(body["template_param"].contains("link")) << "a text carries no address of the app";
  EXPECT_EQ(body["out_id"], "notice-41-sms");
  EXPECT_EQ(gateway_.delivered().size(), 1U);
}

TEST_F(GatewayChannelTest, AWechatMessageCarriesItsDataAndALinkToTheApp) {
  ASSERT_TRUE(Send(GatewayShape::kWechat).ok());
  const nlohmann::json body = gateway_.requests().at(0).body;
  EXPECT_EQ(body["touser"], "13800000001");
  EXPECT_EQ(body["template_id"], "SMS_0001");
  EXPECT_EQ(body["url"], "https://sanwang.example.cn/r/matters/41");
  EXPECT_EQ(body["data"]["note"]["value"], "已更换");
  EXPECT_EQ(body["client_msg_id"], "notice-41-sms");
}

TEST_F(GatewayChannelTest, AnAnswerOfBusyOrFailingIsTriedAgainAndARefusalIsGivenUp) {
  for (int status : {503, 500, 429, 408}) {
    gateway_.FailNext(1, status);
    EXPECT_EQ(Send().code(), ErrorCode::kUnavailable) << status;
  }
  gateway_.FailNext(1, 400);
  EXPECT_EQ(Send().code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Send(GatewayShape::kSms, "another-secret").code(), ErrorCode::kFailedPrecondition)
      << "the gateway refuses a request signed with another secret";
  EXPECT_FALSE(gateway_.requests().back().signature_ok);
  EXPECT_TRUE(gateway_.delivered().empty());
}

TEST_F(GatewayChannelTest, TheSameMessageSentTwiceIsDeliveredOnceByAnIdempotentGateway) {
  ASSERT_TRUE(Send().ok());
  ASSERT_TRUE(Send().ok());
  EXPECT_EQ(gateway_.requests().size(), 2U);
  EXPECT_EQ(gateway_.delivered().size(), 1U);
}

TEST_F(GatewayChannelTest, ASlowSilentOrAbsentGatewayIsTriedAgainLater) {
  gateway_.DelayAnswers(std::chrono::milliseconds(2500));
  EXPECT_EQ(Send().code(), ErrorCode::kUnavailable) << "slower than the 1 s timeout";
  gateway_.DelayAnswers(std::chrono::milliseconds(0));
  gateway_.AnswerWith(0);
  EXPECT_EQ(Send().code(), ErrorCode::kUnavailable) << "never answers";

  GatewaySettings nowhere = Settings();
  nowhere.url = "http://127.0.0.1:1/send";
  EXPECT_EQ(GatewayChannel(GatewayShape::kSms, nowhere, "").Deliver(Message()).code(),
            ErrorCode::kUnavailable);
}

TEST_F(GatewayChannelTest, AKindWithoutATemplateIsGivenUpWithoutARequest) {
  OutgoingMessage m = Message();
  m.kind = "case_reply";
  const Status sent = GatewayChannel(GatewayShape::kSms, Settings(), "").Deliver(m);
  EXPECT_EQ(sent.code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(sent.message().find("case_reply"), std::string::npos);
  EXPECT_TRUE(gateway_.requests().empty());
}

}  // namespace
}  // namespace sanwang::notify
