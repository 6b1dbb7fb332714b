// The SMS gateway client against a fake gateway on loopback: what it sends, and that a
// gateway that fails, goes away or stays silent is Unavailable until it is back.
#include "api/sms_gateway.h"

#include <gtest/gtest.h>

#include "api/fake_sms_gateway.h"

namespace sanwang::api {
namespace {

SmsGateway GatewayAt(const std::string& url, std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
  auto gateway = SmsGateway::Create({url, "secret-key", timeout});
  EXPECT_TRUE(gateway.ok()) << gateway.status().ToString();
  return *gateway;
}

TEST(SmsGatewayTest, OnlyPlainHttpUrlsWithAHost) {
  for (const char* good : {"http://10.1.2.3:9000/sms", "http://sms.intranet/send", "http://[::1]:8000/x"}) {
    EXPECT_TRUE(SmsGateway::Create({good, "", std::chrono::seconds(1)}).ok()) << good;
  }
  for (const char* bad : {"https://sms.example/send", "sms.intranet", "http://", "http://host:port/x",
                          "http://user@host/x", "ftp://host/x"}) {
    EXPECT_EQ(SmsGateway::Create({bad, "", std::chrono::seconds(1)}).status().field(), "sms_gateway_url")
        << bad;
  }
}

TEST(SmsGatewayTest, PostsThePhoneAndMessageWithTheKey) {
  FakeSmsGateway fake;
  Status sent = GatewayAt(fake.url()).Send("13812345678", "您的验证码 123456");
  ASSERT_TRUE(sent.ok()) << sent.ToString();
  auto texts = fake.texts();
  ASSERT_EQ(texts.size(), 1u);
  EXPECT_EQ(texts[0].authorization, "Bearer secret-key");
  EXPECT_EQ(texts[0].body["phone"], "13812345678");
  EXPECT_EQ(texts[0].body["message"], "您的验证码 123456");
  EXPECT_EQ(fake.LastCodeTo("13812345678"), "123456");
}

TEST(SmsGatewayTest, ARefusalIsUnavailable) {
  FakeSmsGateway fake;
  fake.AnswerWith(500);
  EXPECT_EQ(GatewayAt(fake.url()).Send("13812345678", "x").code(), ErrorCode::kUnavailable);
  fake.AnswerWith(204);
  EXPECT_TRUE(GatewayAt(fake.url()).Send("13812345678", "x").ok());
}

TEST(SmsGatewayTest, ASilentGatewayTimesOut) {
  FakeSmsGateway fake;
  fake.AnswerWith(0);
  EXPECT_EQ(GatewayAt(fake.url(), std::chrono::milliseconds(200)).Send("13812345678", "x").code(),
            ErrorCode::kUnavailable);
}

TEST(SmsGatewayTest, AGatewayThatGoesAwayAndComesBack) {
  auto fake = std::make_unique<FakeSmsGateway>();
  unsigned short port = fake->port();
  SmsGateway gateway = GatewayAt(fake->url());
  ASSERT_TRUE(gateway.Send("13812345678", "first").ok());
  fake.reset();
  EXPECT_EQ(gateway.Send("13812345678", "while away").code(), ErrorCode::kUnavailable);
  fake = std::make_unique<FakeSmsGateway>(port);
  EXPECT_TRUE(gateway.Send("13812345678", "back").ok());
  EXPECT_EQ(fake->texts().size(), 1u);
}

}  // namespace
}  // namespace sanwang::api
