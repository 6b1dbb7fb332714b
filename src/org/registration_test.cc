#include "org/registration.h"

#include "org/org_test_fixture.h"
#include "org/password.h"
#include "store/registration_repository.h"
#include "store/user_repository.h"

namespace sanwang::org {
namespace {

constexpr const char* kPhone = "13812345678";
constexpr const char* kAddress = "192.0.2.7";

TEST(MainlandMobileTest, ElevenDigitsStartingWithOne) {
  EXPECT_TRUE(CheckMainlandMobile("13812345678").ok());
  EXPECT_TRUE(CheckMainlandMobile("19900000000").ok());
  for (const char* bad :
       {"", "1381234567", "138123456789", "23812345678", "1381234567a", "+8613812345678", "138 1234 567"}) {
    Status s = CheckMainlandMobile(bad);
    EXPECT_EQ(s.code(), ErrorCode::kInvalidArgument) << bad;
    EXPECT_EQ(s.field(), "phone") << bad;
  }
}

TEST(VerificationCodeTest, SixDigitsHashedPerPhone) {
  std::string code = NewVerificationCode();
  ASSERT_EQ(code.size(), 6u);
  EXPECT_TRUE(std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; }));
  EXPECT_EQ(HashVerificationCode(kPhone, "123456"), HashVerificationCode(kPhone, "123456"));
  EXPECT_NE(HashVerificationCode(kPhone, "123456"), HashVerificationCode("13812345679", "123456"));
  EXPECT_EQ(HashVerificationCode(kPhone, "123456").find("123456"), std::string::npos);
}

TEST(RegistrationModeTest, AGatewayMeansCodesElseOnlyWhenAllowed) {
  EXPECT_EQ(RegistrationModeOf(true, false), RegistrationMode::kVerified);
  EXPECT_EQ(RegistrationModeOf(true, true), RegistrationMode::kVerified);
  EXPECT_EQ(RegistrationModeOf(false, true), RegistrationMode::kUnverified);
  EXPECT_EQ(RegistrationModeOf(false, false), RegistrationMode::kClosed);
}

TEST(NewResidentTest, FormChecks) {
  NewResident ok{kPhone, "王小明", "C", "Garden2026x"};
  EXPECT_TRUE(CheckNewResident(ok).ok());
  auto field_of = [](NewResident r) { return CheckNewResident(r).field(); };
  NewResident r = ok;
  r.phone = "2381234567";
  EXPECT_EQ(field_of(r), "phone");
  r = ok;
  r.display_name = "  ";
  EXPECT_EQ(field_of(r), "display_name");
  r = ok;
  r.community_code = "";
  EXPECT_EQ(field_of(r), "community_code");
  for (const char* weak : {"short1", "onlyletterslong", "x13812345678"}) {
    r = ok;
    r.password = weak;
    EXPECT_EQ(field_of(r), "password") << weak;
  }
}

class RegistrationTest : public SmallDistrictTest {
 protected:
  Result<store::UserRecord> Register(RegistrationMode mode, const std::string& code,
                                     const std::string& community = "C") {
    NewResident r{kPhone, "王小明", community, "Garden2026x"};
    return RegisterResident(db(), kTestDistrict, r, "hash-of-the-password", mode, code, clock_);
  }
  std::string SendCode() {
    std::string code = NewVerificationCode();
    EXPECT_TRUE(RecordCodeSent(db(), kTestDistrict, kPhone, kAddress, code, clock_).ok());
    return code;
  }
  std::int64_t Wait(const std::string& phone = kPhone, const std::string& address = kAddress) {
    auto wait = CodeRequestWait(db(), kTestDistrict, phone, address, clock_);
    EXPECT_TRUE(wait.ok()) << wait.status().ToString();
    return wait.ok() ? *wait : -1;
  }
  std::int64_t Accounts() {
    return static_cast<std::int64_t>(store::UserRepository(db()).List(kTestDistrict)->size());
  }
};

TEST_P(RegistrationTest, UnverifiedRegistrationMakesAResidentOfTheCommunity) {
  auto user = Register(RegistrationMode::kUnverified, "");
  ASSERT_TRUE(user.ok()) << user.status().ToString();
  EXPECT_EQ(user->username, kPhone);
  EXPECT_EQ(user->phone, kPhone);
  EXPECT_EQ(user->role, "resident");
  EXPECT_EQ(user->unit_id, IdOf("C"));
  EXPECT_EQ(user->password_hash, "hash-of-the-password");
  auto again = Register(RegistrationMode::kUnverified, "");
  EXPECT_EQ(again.status().code(), ErrorCode::kAlreadyExists);
  EXPECT_EQ(Accounts(), 1);
}

TEST_P(RegistrationTest, ClosedModeAndANonCommunityChangeNothing) {
  EXPECT_EQ(Register(RegistrationMode::kClosed, "").status().code(), ErrorCode::kFailedPrecondition);
  for (const char* unit : {"S", "G1", "NOPE"}) {
    auto refused = Register(RegistrationMode::kUnverified, "", unit);
    EXPECT_EQ(refused.status().field(), "community_code") << unit;
  }
  EXPECT_EQ(Accounts(), 0);
}

TEST_P(RegistrationTest, TheRightCodeRegistersOnceAndIsSpent) {
  std::string code = SendCode();
  auto user = Register(RegistrationMode::kVerified, code);
  ASSERT_TRUE(user.ok()) << user.status().ToString();
  EXPECT_TRUE((*store::RegistrationRepository(db()).Newest(kTestDistrict, kPhone))->used);
}

TEST_P(RegistrationTest, ACodeExpiresAfterTenMinutes) {
  std::string code = SendCode();
  clock_.Advance(10 * 60);
  auto late = Register(RegistrationMode::kVerified, code);
  EXPECT_EQ(late.status().field(), "code");
  EXPECT_EQ(Accounts(), 0);
  code = SendCode();
  clock_.Advance(10 * 60 - 1);
  EXPECT_TRUE(Register(RegistrationMode::kVerified, code).ok());
}

TEST_P(RegistrationTest, FiveWrongCodesSpendTheCode) {
  std::string code = SendCode();
  std::string wrong = code == "000000" ? "111111" : "000000";
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(Register(RegistrationMode::kVerified, wrong).status().field(), "code");
  EXPECT_EQ(Register(RegistrationMode::kVerified, code).status().field(), "code");
  EXPECT_EQ(Register(RegistrationMode::kVerified, "").status().field(), "code");
  EXPECT_EQ(Accounts(), 0);
}

TEST_P(RegistrationTest, OnlyTheNewestCodeCounts) {
  std::string first = SendCode();
  clock_.Advance(60);
  std::string second = SendCode();
  if (first != second) {
    EXPECT_EQ(Register(RegistrationMode::kVerified, first).status().field(), "code");
  }
  EXPECT_TRUE(Register(RegistrationMode::kVerified, second).ok());
}

TEST_P(RegistrationTest, APhoneWaitsAMinuteBetweenCodesAndGetsFiveAnHour) {
  EXPECT_EQ(Wait(), 0);
  SendCode();
  EXPECT_EQ(Wait(), 60);
  clock_.Advance(59);
  EXPECT_EQ(Wait(), 1);
  clock_.Advance(1);
  EXPECT_EQ(Wait(), 0);
  for (int i = 0; i < 4; ++i) {
    SendCode();
    clock_.Advance(60);
  }
  // Five codes in the last 300 s: the first leaves the hour 3600 s after it was sent.
  EXPECT_EQ(Wait(), 3600 - 300);
  EXPECT_EQ(Wait("13812345679", "192.0.2.8"), 0);  // other phones are not held up
}

TEST_P(RegistrationTest, OneAddressGetsTwentyCodesAnHour) {
  for (int i = 0; i < 20; ++i) {
    std::string phone = "138000000" + std::to_string(10 + i);
    ASSERT_TRUE(RecordCodeSent(db(), kTestDistrict, phone, kAddress, "123456", clock_).ok());
  }
  EXPECT_EQ(Wait("13900000000", kAddress), 3600);
  EXPECT_EQ(Wait("13900000000", "192.0.2.8"), 0);
  clock_.Advance(3600);
  EXPECT_EQ(Wait("13900000000", kAddress), 0);
}

SANWANG_INSTANTIATE_BACKENDS(RegistrationTest);

}  // namespace
}  // namespace sanwang::org
