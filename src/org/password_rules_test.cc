#include "org/password_rules.h"

#include <gtest/gtest.h>

namespace sanwang::org {
namespace {

constexpr UnixSeconds kChanged = 1788220800;  // 2026-09-01T08:00:00+08:00
constexpr std::int64_t kDay = 24 * 3600;
constexpr ServerReach kLoopback{true};
constexpr ServerReach kReachable{false};

store::UserRecord Account() {
  store::UserRecord u;
  u.username = "grid1";
  u.password_changed_at = kChanged;
  return u;
}

// Stands in for argon2id: a "hash" is the password with a prefix.
bool FakeVerify(std::string_view hash, std::string_view password) {
  return hash == "h:" + std::string(password);
}

TEST(PasswordRulesTest, APasswordExpiresOnceOlderThanMaxAgeDays) {
  PasswordSettings ninety;  // the default: 90 days
  EXPECT_EQ(*PasswordExpiresAt(kChanged, ninety), kChanged + 90 * kDay);
  EXPECT_FALSE(PasswordExpired(kChanged, kChanged, ninety));
  EXPECT_FALSE(PasswordExpired(kChanged, kChanged + 90 * kDay, ninety));
  EXPECT_TRUE(PasswordExpired(kChanged, kChanged + 90 * kDay + 1, ninety));
  PasswordSettings week{7, 5};
  EXPECT_FALSE(PasswordExpired(kChanged, kChanged + 7 * kDay, week));
  EXPECT_TRUE(PasswordExpired(kChanged, kChanged + 7 * kDay + 1, week));
}

TEST(PasswordRulesTest, MaxAgeZeroNeverExpires) {
  PasswordSettings never{0, 5};
  EXPECT_FALSE(PasswordExpiresAt(kChanged, never).has_value());
  EXPECT_FALSE(PasswordExpired(kChanged, kChanged + 3650 * kDay, never));
  EXPECT_EQ(RequiredPasswordChange(Account(), kChanged + 3650 * kDay, never, kLoopback),
            PasswordChangeReason::kNone);
}

TEST(PasswordRulesTest, AnExpiredPasswordMustBeChangedAtTheBoundary) {
  PasswordSettings ninety;
  EXPECT_EQ(RequiredPasswordChange(Account(), kChanged + 90 * kDay, ninety, kLoopback),
            PasswordChangeReason::kNone);
  EXPECT_EQ(RequiredPasswordChange(Account(), kChanged + 90 * kDay + 1, ninety, kLoopback),
            PasswordChangeReason::kExpired);
  EXPECT_EQ(ReasonCode(PasswordChangeReason::kExpired), "expired");
  EXPECT_EQ(ReasonMessage(PasswordChangeReason::kExpired), "密码已过期，请修改 password expired, change it");
}

TEST(PasswordRulesTest, TheDemoPasswordMustBeChangedOnlyWhenOthersCanReachTheServer) {
  store::UserRecord demo = Account();
  demo.demo_password = true;
  PasswordSettings ninety;
  EXPECT_EQ(RequiredPasswordChange(demo, kChanged + kDay, ninety, kLoopback), PasswordChangeReason::kNone);
  EXPECT_EQ(RequiredPasswordChange(demo, kChanged + kDay, ninety, kReachable),
            PasswordChangeReason::kDemoPassword);
  EXPECT_EQ(RequiredPasswordChange(Account(), kChanged + kDay, ninety, kReachable),
            PasswordChangeReason::kNone);
  EXPECT_EQ(ReasonCode(PasswordChangeReason::kDemoPassword), "demo_password");
  EXPECT_NE(ReasonMessage(PasswordChangeReason::kDemoPassword).find("演示密码须先修改"), std::string::npos);
}

TEST(PasswordRulesTest, AResetIsToldBeforeTheOtherReasons) {
  store::UserRecord reset = Account();
  reset.must_change_password = true;
  reset.demo_password = true;
  EXPECT_EQ(RequiredPasswordChange(reset, kChanged + 365 * kDay, PasswordSettings{}, kReachable),
            PasswordChangeReason::kReset);
  reset.must_change_password = false;
  EXPECT_EQ(RequiredPasswordChange(reset, kChanged + 365 * kDay, PasswordSettings{}, kReachable),
            PasswordChangeReason::kDemoPassword);
  EXPECT_EQ(ReasonCode(PasswordChangeReason::kNone), "");
  EXPECT_EQ(ReasonMessage(PasswordChangeReason::kNone), "");
}

TEST(PasswordRulesTest, ANewPasswordMayNotBeOneOfTheLastFew) {
  PasswordSettings five{90, 5};  // the current one and four before it
  EXPECT_EQ(EarlierPasswordsKept(five), 4);
  std::vector<std::string> earlier = {"h:Fourth2026", "h:Third2026", "h:Second2026", "h:First2026",
                                      "h:Ancient2026"};
  Status hit = CheckNotReused("First2026", earlier, five, FakeVerify);
  EXPECT_EQ(hit.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(hit.field(), "new_password");
  EXPECT_NE(hit.message().find("the new password must differ from the last 5 passwords"), std::string::npos);
  EXPECT_TRUE(CheckNotReused("Fresh2026x", earlier, five, FakeVerify).ok());
  // Beyond the history: the fifth earlier password is the sixth back, and free again.
  EXPECT_TRUE(CheckNotReused("Ancient2026", earlier, five, FakeVerify).ok());
}

TEST(PasswordRulesTest, AHistoryOfOneOrNoneComparesOnlyWithTheCurrentPassword) {
  std::vector<std::string> earlier = {"h:First2026"};
  for (int history : {0, 1}) {
    PasswordSettings settings{90, history};
    EXPECT_EQ(EarlierPasswordsKept(settings), 0);
    EXPECT_TRUE(CheckNotReused("First2026", earlier, settings, FakeVerify).ok()) << history;
  }
}

}  // namespace
}  // namespace sanwang::org
