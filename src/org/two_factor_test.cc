#include "org/two_factor.h"

#include <gtest/gtest.h>

#include <set>

#include "core/base32.h"
#include "org/roles.h"

namespace sanwang::org {
namespace {

const ServerReach kOpen{false};
const ServerReach kLoopback{true};

TEST(TwoFactorRules, RequiredForTheConfiguredRolesOnAServerOthersReach) {
  TwoFactorSettings settings;  // admin and auditor by default
  EXPECT_TRUE(TwoFactorRequired(kAdmin, settings, kOpen));
  EXPECT_TRUE(TwoFactorRequired(kAuditor, settings, kOpen));
  EXPECT_FALSE(TwoFactorRequired(kGridWorker, settings, kOpen));
  EXPECT_FALSE(TwoFactorRequired(kAdmin, settings, kLoopback));
  settings.required_roles = {"grid_worker"};
  EXPECT_TRUE(TwoFactorRequired(kGridWorker, settings, kOpen));
  EXPECT_FALSE(TwoFactorRequired(kAdmin, settings, kOpen));
}

TEST(TwoFactorRules, OfferedToStaffNotToResidents) {
  EXPECT_TRUE(TwoFactorOffered(kCommandCenter));
  EXPECT_TRUE(TwoFactorOffered(kAdmin));
  EXPECT_FALSE(TwoFactorOffered(kResident));
  EXPECT_FALSE(TwoFactorOffered(kSystem));
}

TEST(TwoFactorRules, AdminsNeverTurnOffTheirOwnNorDoRequiredRoles) {
  TwoFactorSettings settings;
  settings.required_roles = {"leader"};
  EXPECT_EQ(MayTurnOffOwnTwoFactor(kAdmin, settings).code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(MayTurnOffOwnTwoFactor(kLeader, settings).code(), ErrorCode::kPermissionDenied);
  EXPECT_TRUE(MayTurnOffOwnTwoFactor(kGridWorker, settings).ok());
  settings.required_roles.clear();
  EXPECT_EQ(MayTurnOffOwnTwoFactor(kAdmin, settings).code(), ErrorCode::kPermissionDenied);
}

TEST(TwoFactorRules, SettingsNameOnlyStaffRoles) {
  TwoFactorSettings settings;
  EXPECT_TRUE(CheckTwoFactorSettings(settings).ok());
  settings.required_roles = {"admin", "resident"};
  EXPECT_EQ(CheckTwoFactorSettings(settings).field(), "two_factor.required_roles");
  settings.required_roles = {"boss"};
  EXPECT_FALSE(CheckTwoFactorSettings(settings).ok());
  settings.required_roles = {};
  settings.issuer = "a:b";
  EXPECT_EQ(CheckTwoFactorSettings(settings).field(), "two_factor.issuer");
}

TEST(TwoFactorSecret, IsTwentyRandomBytesInAnOtpauthLink) {
  std::string a = NewTwoFactorSecret();
  std::string b = NewTwoFactorSecret();
  EXPECT_EQ(a.size(), 20u);
  EXPECT_NE(a, b);
  std::string uri = OtpauthUri("Sanwang 三网", "admin", a);
  EXPECT_EQ(uri.rfind("otpauth://totp/Sanwang%20%E4%B8%89%E7%BD%91%3Aadmin?secret=", 0), 0u) << uri;
  EXPECT_NE(uri.find("secret=" + Base32Encode(a) + "&"), std::string::npos);
  EXPECT_NE(uri.find("&issuer=Sanwang%20%E4%B8%89%E7%BD%91&"), std::string::npos);
  EXPECT_NE(uri.find("digits=6&period=30"), std::string::npos);
}

TEST(RecoveryCodes, TenDistinctCodesOfTheirOwnShape) {
  std::vector<std::string> codes = NewRecoveryCodes();
  ASSERT_EQ(codes.size(), static_cast<std::size_t>(kRecoveryCodeCount));
  EXPECT_EQ(std::set<std::string>(codes.begin(), codes.end()).size(), codes.size());
  for (const std::string& code : codes) {
    EXPECT_EQ(code.size(), 11u) << code;
    EXPECT_EQ(code[5], '-') << code;
    EXPECT_EQ(KindOfCode(code), CodeKind::kRecovery) << code;
  }
}

TEST(RecoveryCodes, HashIgnoresCaseSpacesAndTheDash) {
  EXPECT_EQ(RecoveryCodeHash("abcde-fghjk"), RecoveryCodeHash("ABCDE FGHJK"));
  EXPECT_EQ(RecoveryCodeHash("abcde-fghjk"), RecoveryCodeHash("abcdefghjk"));
  EXPECT_NE(RecoveryCodeHash("abcde-fghjk"), RecoveryCodeHash("abcde-fghjm"));
  EXPECT_EQ(RecoveryCodeHash("x").size(), 64u);
}

TEST(KindOfCode, TellsOneTimeCodesFromRecoveryCodesAndNoise) {
  EXPECT_EQ(KindOfCode(""), CodeKind::kNone);
  EXPECT_EQ(KindOfCode("012345"), CodeKind::kOneTime);
  EXPECT_EQ(KindOfCode("01234"), CodeKind::kMalformed);
  EXPECT_EQ(KindOfCode("0123456"), CodeKind::kMalformed);
  EXPECT_EQ(KindOfCode("ABCDE-FGHJK"), CodeKind::kRecovery);
  EXPECT_EQ(KindOfCode("abcde-fghi1"), CodeKind::kMalformed);  // i and 1 are never in a code
  EXPECT_EQ(KindOfCode("'; drop"), CodeKind::kMalformed);
}

}  // namespace
}  // namespace sanwang::org
