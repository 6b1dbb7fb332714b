// What a person may choose about messages beyond the app, and when their quiet hours let a
// message go.
#include "notify/delivery_settings.h"

#include <gtest/gtest.h>

namespace sanwang::notify {
namespace {

// 2026-12-07 in Beijing time at hh:mm:ss.
UnixSeconds At(int hh, int mm, int ss = 0) { return 1796572800 + hh * 3600 + mm * 60 + ss; }

std::string FieldOf(const Status& s) { return s.ok() ? "" : s.field(); }

TEST(DeliverySettingsTest, EachChannelNeedsItsAddress) {
  DeliverySettings s;
  s.channels = {"email"};
  EXPECT_EQ(FieldOf(ValidateDeliverySettings(s, true)), "email");
  s.email = "zhang.san@example.cn";
  EXPECT_TRUE(ValidateDeliverySettings(s, false).ok());
  s.channels = {"wechat"};
  EXPECT_EQ(FieldOf(ValidateDeliverySettings(s, true)), "wechat_openid");
  s.wechat_openid = "oW2s_5Tq-9aBcDeFgHiJkLmNoPqR";
  EXPECT_TRUE(ValidateDeliverySettings(s, true).ok());
  s.channels = {"sms"};
  EXPECT_EQ(FieldOf(ValidateDeliverySettings(s, false)), "channels") << "an account without a phone";
  EXPECT_TRUE(ValidateDeliverySettings(s, true).ok());
  s.channels = {"fax"};
  EXPECT_EQ(FieldOf(ValidateDeliverySettings(s, true)), "channels");
}

TEST(DeliverySettingsTest, MalformedAddressesAreRefused) {
  for (const std::string& bad :
       std::vector<std::string>{"no-at-sign", "@example.cn", "a@b", "a@.cn", "a@example.", "a b@example.cn",
                                "a@example.cn\r\nBcc: x@y.cn", "<a@example.cn>", "a@b@example.cn"}) {
    DeliverySettings s;
    s.email = bad;
    EXPECT_EQ(FieldOf(ValidateDeliverySettings(s, true)), "email") << bad;
  }
  for (const std::string& bad : std::vector<std::string>{"has space", "semi;colon", std::string(65, 'a')}) {
    DeliverySettings s;
    s.wechat_openid = bad;
    EXPECT_EQ(FieldOf(ValidateDeliverySettings(s, true)), "wechat_openid") << bad;
  }
}

TEST(DeliverySettingsTest, QuietHoursAreWholeAndInRange) {
  DeliverySettings s;
  s.quiet_from = 22 * 60;
  EXPECT_EQ(FieldOf(ValidateDeliverySettings(s, true)), "quiet_to");
  s.quiet_to = 24 * 60;
  EXPECT_EQ(FieldOf(ValidateDeliverySettings(s, true)), "quiet_to");
  s.quiet_to = 22 * 60;
  EXPECT_EQ(FieldOf(ValidateDeliverySettings(s, true)), "quiet_to") << "empty";
  s.quiet_to = 7 * 60;
  EXPECT_TRUE(ValidateDeliverySettings(s, true).ok());
}

TEST(DeliverySettingsTest, AMessageInTheQuietHoursWaitsForTheirEnd) {
  DeliverySettings overnight;
  overnight.quiet_from = 22 * 60;
  overnight.quiet_to = 7 * 60 + 30;
  EXPECT_EQ(FirstTimeOutsideQuietHours(overnight, At(21, 59, 59)), At(21, 59, 59));
  EXPECT_EQ(FirstTimeOutsideQuietHours(overnight, At(22, 0)), At(7, 30) + 86400) << "to the next morning";
  EXPECT_EQ(FirstTimeOutsideQuietHours(overnight, At(23, 45, 17)), At(7, 30) + 86400);
  EXPECT_EQ(FirstTimeOutsideQuietHours(overnight, At(3, 10, 5)), At(7, 30))
      << "after midnight: the same morning";
  EXPECT_EQ(FirstTimeOutsideQuietHours(overnight, At(7, 30)), At(7, 30));

  DeliverySettings lunch;
  lunch.quiet_from = 12 * 60;
  lunch.quiet_to = 14 * 60;
  EXPECT_EQ(FirstTimeOutsideQuietHours(lunch, At(12, 30)), At(14, 0));
  EXPECT_EQ(FirstTimeOutsideQuietHours(lunch, At(14, 0, 1)), At(14, 0, 1));
  EXPECT_EQ(FirstTimeOutsideQuietHours(DeliverySettings{}, At(3, 0)), At(3, 0)) << "no quiet hours";
}

TEST(DeliverySettingsTest, EssentialOnlyKeepsOutTheRest) {
  DeliverySettings s;
  s.channels = {"email"};
  EXPECT_TRUE(Wants(s, "case_resolved", "email", false));
  EXPECT_FALSE(Wants(s, "case_resolved", "sms", true)) << "a channel not chosen";
  s.essential_only = true;
  EXPECT_TRUE(Wants(s, "case_resolved", "email", true));
  EXPECT_FALSE(Wants(s, "case_resolved", "email", false));
}

TEST(DeliverySettingsTest, AKindGoesOutOnlyOnTheChannelsChosenForIt) {
  DeliverySettings s;
  s.channels = {"email", "sms"};
  s.email = "li.si@example.cn";
  s.kinds["case_assigned"] = {"sms"};
  s.kinds["case_watched"] = {};
  EXPECT_TRUE(Wants(s, "case_assigned", "sms", true));
  EXPECT_FALSE(Wants(s, "case_assigned", "email", true));
  EXPECT_FALSE(Wants(s, "case_watched", "email", false)) << "none: the app only";
  EXPECT_FALSE(Wants(s, "case_watched", "sms", false));
  EXPECT_TRUE(Wants(s, "case_urged", "email", true)) << "a kind not named takes every channel chosen";
  EXPECT_TRUE(Wants(s, "case_urged", "sms", true));
  EXPECT_TRUE(ValidateDeliverySettings(s, true).ok());

  s.kinds["case_urged"] = {"wechat"};  // not among the channels chosen
  const Status refused = ValidateDeliverySettings(s, true);
  EXPECT_EQ(refused.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(refused.field(), "kinds");
  EXPECT_NE(refused.message().find("case_urged"), std::string::npos) << refused.message();
}

TEST(DeliverySettingsTest, TheStoredRowReadsBackTheSame) {
  DeliverySettings s;
  s.channels = {"wechat", "email"};
  s.quiet_from = 1380;
  s.quiet_to = 420;
  s.essential_only = true;
  s.email = "li.si@example.cn";
  s.wechat_openid = "oABC";
  s.kinds["case_assigned"] = {"wechat", "email"};
  s.kinds["case_watched"] = {};
  const store::DeliverySettingsRecord row = ToRecord(s);
  EXPECT_EQ(row.channels, "email,wechat");
  EXPECT_EQ(row.kind_channels, "case_assigned=email|wechat;case_watched=");
  const DeliverySettings back = FromRecord(row);
  EXPECT_EQ(back.channels, s.channels);
  EXPECT_EQ(back.kinds, s.kinds);
  EXPECT_EQ(back.quiet_from, s.quiet_from);
  EXPECT_EQ(back.quiet_to, s.quiet_to);
  EXPECT_EQ(back.essential_only, s.essential_only);
  EXPECT_EQ(back.email, s.email);
  EXPECT_EQ(back.wechat_openid, s.wechat_openid);
}

}  // namespace
}  // namespace sanwang::notify
