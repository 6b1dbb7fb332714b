#include "store/two_factor_repository.h"

#include "store/store_test_fixture.h"
#include "store/user_repository.h"

namespace sanwang::store {
namespace {

class TwoFactorRepositoryTest : public BackendTest {
 protected:
  Id AddUser(const std::string& username) {
    UserRecord u;
    u.district_code = "411002";
    u.username = username;
    u.display_name = "王管理";
    u.role = "admin";
    u.created_at = 1795924149;
    auto inserted = UserRepository(db()).Insert(u);
    EXPECT_TRUE(inserted.ok()) << inserted.status().ToString();
    return inserted.ok() ? inserted->id : 0;
  }
  Status Pending(Id user, const std::string& secret) {
    return TwoFactorRepository(db()).SavePending({user, "411002", secret, 1000, std::nullopt, 0});
  }
};

TEST_P(TwoFactorRepositoryTest, ASetupIsPendingUntilEnabledAndThenCannotBeReplaced) {
  Id admin = AddUser("admin");
  TwoFactorRepository repo(db());
  ASSERT_TRUE(Pending(admin, "FIRSTSECRET").ok());
  ASSERT_TRUE(Pending(admin, "SECONDSECRET").ok());  // a new setup replaces the unconfirmed one
  auto found = repo.Find(admin);
  ASSERT_TRUE(found.ok() && *found);
  EXPECT_EQ((*found)->secret, "SECONDSECRET");
  EXPECT_FALSE((*found)->enabled_at);

  EXPECT_TRUE(*repo.Enable(admin, 2000, 77));
  EXPECT_FALSE(*repo.Enable(admin, 2001, 78));  // on already
  found = repo.Find(admin);
  EXPECT_EQ((*found)->enabled_at, 2000);
  EXPECT_EQ((*found)->last_step, 77);
  EXPECT_EQ(Pending(admin, "THIRD").code(), ErrorCode::kConflict);
  EXPECT_EQ((*repo.Find(admin))->secret, "SECONDSECRET");
  EXPECT_FALSE(*repo.Find(AddUser("other")));
}

TEST_P(TwoFactorRepositoryTest, AStepIsAcceptedOnceAndOnlyForward) {
  Id admin = AddUser("admin");
  TwoFactorRepository repo(db());
  ASSERT_TRUE(Pending(admin, "S").ok());
  EXPECT_FALSE(*repo.UseStep(admin, 10));  // not on yet
  ASSERT_TRUE(*repo.Enable(admin, 2000, 10));
  EXPECT_FALSE(*repo.UseStep(admin, 10));
  EXPECT_FALSE(*repo.UseStep(admin, 9));
  EXPECT_TRUE(*repo.UseStep(admin, 11));
  EXPECT_FALSE(*repo.UseStep(admin, 11));
  EXPECT_EQ((*repo.Find(admin))->last_step, 11);
}

TEST_P(TwoFactorRepositoryTest, RecoveryCodesAreUsedOnceAndReplacedTogether) {
  Id admin = AddUser("admin");
  Id other = AddUser("other");
  TwoFactorRepository repo(db());
  ASSERT_TRUE(repo.ReplaceRecoveryCodes(admin, "411002", {"h1", "h2", "h3"}).ok());
  ASSERT_TRUE(repo.ReplaceRecoveryCodes(other, "411002", {"h1"}).ok());
  EXPECT_EQ(*repo.RecoveryCodesLeft(admin), 3);
  EXPECT_TRUE(*repo.UseRecoveryCode(admin, "h2", 3000));
  EXPECT_FALSE(*repo.UseRecoveryCode(admin, "h2", 3001));
  EXPECT_FALSE(*repo.UseRecoveryCode(admin, "nope", 3001));
  EXPECT_EQ(*repo.RecoveryCodesLeft(admin), 2);
  EXPECT_EQ(*repo.RecoveryCodesLeft(other), 1);  // another account's same hash is its own

  ASSERT_TRUE(repo.ReplaceRecoveryCodes(admin, "411002", {"n1", "n2"}).ok());
  EXPECT_FALSE(*repo.UseRecoveryCode(admin, "h1", 3002));
  EXPECT_EQ(*repo.RecoveryCodesLeft(admin), 2);
}

TEST_P(TwoFactorRepositoryTest, RemoveForgetsSecretAndCodes) {
  Id admin = AddUser("admin");
  TwoFactorRepository repo(db());
  ASSERT_TRUE(Pending(admin, "S").ok());
  ASSERT_TRUE(*repo.Enable(admin, 2000, 1));
  ASSERT_TRUE(repo.ReplaceRecoveryCodes(admin, "411002", {"h1"}).ok());
  ASSERT_TRUE(repo.Remove(admin).ok());
  EXPECT_FALSE(*repo.Find(admin));
  EXPECT_EQ(*repo.RecoveryCodesLeft(admin), 0);
  EXPECT_TRUE(Pending(admin, "AGAIN").ok());
}

SANWANG_INSTANTIATE_BACKENDS(TwoFactorRepositoryTest);

}  // namespace
}  // namespace sanwang::store
