#include "org/two_factor_accounts.h"

#include "core/base32.h"
#include "core/one_time_code.h"
#include "org/org_test_fixture.h"
#include "org/staff.h"
#include "org/two_factor.h"
#include "store/security_repository.h"
#include "store/two_factor_repository.h"

namespace sanwang::org {
namespace {

class TwoFactorAccountsTest : public SmallDistrictTest {
 protected:
  void SetUp() override {
    SmallDistrictTest::SetUp();
    admin_ = Add({"admin1", "管理员", "", "admin", "D", "", ""});
    grid_ = Add({"grid_g1", "王网格", "", "grid_worker", "G1", "", ""});
  }
  store::UserRecord Add(const NewAccount& account) {
    auto added = AddAccount(db(), kTestDistrict, account, clock_);
    EXPECT_TRUE(added.ok()) << added.status().ToString();
    return added.ok() ? *added : store::UserRecord{};
  }
  TwoFactorAccounts Accounts() { return TwoFactorAccounts(db(), clock_.Now(), settings_, reach_); }
  // What the holder's app shows now for `setup`'s secret, `steps_ahead` steps later.
  std::string AppCode(const TwoFactorSetup& setup, int steps_ahead = 0) {
    return HotpCode(*Base32Decode(setup.secret), *TotpStep(clock_.Now()) + steps_ahead);
  }
  TwoFactorSetup TurnedOn(const store::UserRecord& user, std::vector<std::string>* codes = nullptr) {
    auto setup = Accounts().BeginSetup(user);
    EXPECT_TRUE(setup.ok()) << setup.status().ToString();
    auto recovery = Accounts().Confirm(user, AppCode(*setup));
    EXPECT_TRUE(recovery.ok()) << recovery.status().ToString();
    if (codes && recovery.ok()) *codes = *recovery;
    return *setup;
  }

  TwoFactorSettings settings_;
  ServerReach reach_{false};
  store::UserRecord admin_;
  store::UserRecord grid_;
};

TEST_P(TwoFactorAccountsTest, ASetupIsOnOnlyAfterAValidCodeAndGivesTenRecoveryCodes) {
  auto setup = Accounts().BeginSetup(grid_);
  ASSERT_TRUE(setup.ok()) << setup.status().ToString();
  EXPECT_EQ(Base32Decode(setup->secret)->size(), 20u);
  EXPECT_NE(setup->otpauth_uri.find("secret=" + setup->secret), std::string::npos);
  EXPECT_TRUE(Accounts().Standing(grid_)->pending);
  EXPECT_FALSE(Accounts().Standing(grid_)->on);

  std::string wrong = AppCode(*setup, 5);
  EXPECT_EQ(Accounts().Confirm(grid_, wrong).status().field(), "code");
  EXPECT_FALSE(Accounts().Standing(grid_)->on);

  auto codes = Accounts().Confirm(grid_, AppCode(*setup));
  ASSERT_TRUE(codes.ok()) << codes.status().ToString();
  EXPECT_EQ(codes->size(), 10u);
  auto standing = Accounts().Standing(grid_);
  EXPECT_TRUE(standing->on);
  EXPECT_FALSE(standing->pending);
  EXPECT_TRUE(standing->may_turn_off);
  EXPECT_EQ(standing->recovery_codes_left, 10);
  EXPECT_EQ(Accounts().Confirm(grid_, AppCode(*setup)).status().code(), ErrorCode::kConflict);
  EXPECT_EQ(Accounts().BeginSetup(grid_).status().code(), ErrorCode::kConflict);
}

TEST_P(TwoFactorAccountsTest, ResidentsAreNotOfferedIt) {
  store::UserRecord resident = Add({"13800000009", "居民", "", "resident", "", "", ""});
  EXPECT_EQ(Accounts().BeginSetup(resident).status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(Accounts().Confirm(resident, "123456").status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(Accounts().RenewRecoveryCodes(resident, "123456").status().code(), ErrorCode::kPermissionDenied);
  EXPECT_EQ(Accounts().TurnOff(resident, "123456").code(), ErrorCode::kPermissionDenied);
  EXPECT_FALSE(Accounts().Standing(resident)->offered);
}

TEST_P(TwoFactorAccountsTest, RequiredRolesMustSetItUpOffLoopbackOnly) {
  EXPECT_TRUE(*Accounts().MustSetUp(admin_));
  EXPECT_FALSE(*Accounts().MustSetUp(grid_));
  reach_.loopback_only = true;
  EXPECT_FALSE(*Accounts().MustSetUp(admin_));
  reach_.loopback_only = false;
  TurnedOn(admin_);
  EXPECT_FALSE(*Accounts().MustSetUp(admin_));
}

TEST_P(TwoFactorAccountsTest, TurningOffNeedsAFreshCodeAndIsNeverAnAdminsOwn) {
  TwoFactorSetup setup = TurnedOn(grid_);
  clock_.Advance(60);
  EXPECT_EQ(Accounts().TurnOff(grid_, "000000").field(), "code");
  ASSERT_TRUE(Accounts().TurnOff(grid_, AppCode(setup)).ok());
  EXPECT_FALSE(Accounts().Standing(grid_)->on);

  TwoFactorSetup admins = TurnedOn(admin_);
  clock_.Advance(60);
  EXPECT_FALSE(Accounts().Standing(admin_)->may_turn_off);
  EXPECT_EQ(Accounts().TurnOff(admin_, AppCode(admins)).code(), ErrorCode::kPermissionDenied);
  EXPECT_TRUE(Accounts().Standing(admin_)->on);
}

TEST_P(TwoFactorAccountsTest, ACodeOnceUsedCannotBeUsedAgain) {
  TwoFactorSetup setup = TurnedOn(grid_);
  // The confirming code's step is used: the same code cannot also renew the recovery codes.
  EXPECT_EQ(Accounts().RenewRecoveryCodes(grid_, AppCode(setup)).status().field(), "code");
  clock_.Advance(30);
  std::string next = AppCode(setup);
  auto renewed = Accounts().RenewRecoveryCodes(grid_, next);
  ASSERT_TRUE(renewed.ok()) << renewed.status().ToString();
  EXPECT_EQ(Accounts().TurnOff(grid_, next).field(), "code");
}

TEST_P(TwoFactorAccountsTest, RenewedRecoveryCodesReplaceTheOldOnes) {
  std::vector<std::string> first;
  TwoFactorSetup setup = TurnedOn(grid_, &first);
  clock_.Advance(30);
  auto second = Accounts().RenewRecoveryCodes(grid_, AppCode(setup));
  ASSERT_TRUE(second.ok());
  store::TwoFactorRepository repo(db());
  EXPECT_FALSE(*repo.UseRecoveryCode(grid_.id, RecoveryCodeHash(first[0]), clock_.Now()));
  EXPECT_TRUE(*repo.UseRecoveryCode(grid_.id, RecoveryCodeHash((*second)[0]), clock_.Now()));
}

TEST_P(TwoFactorAccountsTest, TheSecurityOfficerClearsAnothersSetupAndEndsItsSessionsButNeverTheirOwn) {
  const store::UserRecord security_officer =
      Add({"security1", "安全管理员", "", "security_officer", "D", "", ""});
  TurnedOn(grid_);
  TurnedOn(admin_);
  TurnedOn(security_officer);
  store::SecurityRepository security(db());
  ASSERT_TRUE(security.InsertSession({"hash-g1", kTestDistrict, grid_.id, "csrf", 1, 1, "127.0.0.1"}).ok());
  EXPECT_EQ(Accounts().ClearFor(security_officer, "security1", kTestDistrict).code(),
            ErrorCode::kFailedPrecondition);
  EXPECT_EQ(Accounts().ClearFor(security_officer, "nobody", kTestDistrict).code(), ErrorCode::kNotFound);
  EXPECT_EQ(Accounts().ClearFor(security_officer, "grid_g1", "other-district").code(), ErrorCode::kNotFound);
  // The system administrator clears nobody's (三权分立).
  EXPECT_EQ(Accounts().ClearFor(admin_, "grid_g1", kTestDistrict).code(), ErrorCode::kPermissionDenied);
  EXPECT_TRUE(Accounts().Standing(grid_)->on);
  ASSERT_TRUE(Accounts().ClearFor(security_officer, "grid_g1", kTestDistrict).ok());
  EXPECT_FALSE(Accounts().Standing(grid_)->on);
  EXPECT_FALSE(security.FindSession("hash-g1")->has_value());
  EXPECT_TRUE(Accounts().Standing(security_officer)->on);
}

TEST_P(TwoFactorAccountsTest, SecondStepOfSignIn) {
  EXPECT_EQ(CheckSecondStep(*store::TwoFactorRepository(db()).Find(grid_.id), "123456", clock_.Now()).kind,
            SecondStep::kNotOn);
  std::vector<std::string> codes;
  TwoFactorSetup setup = TurnedOn(grid_, &codes);
  auto stored = *store::TwoFactorRepository(db()).Find(grid_.id);
  EXPECT_EQ(CheckSecondStep(stored, "", clock_.Now()).kind, SecondStep::kMissing);
  EXPECT_EQ(CheckSecondStep(stored, "12x", clock_.Now()).kind, SecondStep::kWrong);
  EXPECT_EQ(CheckSecondStep(stored, AppCode(setup), clock_.Now()).kind,
            SecondStep::kWrong);  // used to confirm
  SecondStep next = CheckSecondStep(stored, AppCode(setup, 1), clock_.Now());
  EXPECT_EQ(next.kind, SecondStep::kOneTime);
  EXPECT_EQ(next.step, *TotpStep(clock_.Now()) + 1);
  SecondStep recovery = CheckSecondStep(stored, codes[3], clock_.Now());
  EXPECT_EQ(recovery.kind, SecondStep::kRecovery);
  EXPECT_EQ(recovery.recovery_hash, RecoveryCodeHash(codes[3]));
}

SANWANG_INSTANTIATE_BACKENDS(TwoFactorAccountsTest);

}  // namespace
}  // namespace sanwang::org
