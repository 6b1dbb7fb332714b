// `sanwang user` for the accounts kept on the server's command line (org/account_actions.h):
// the real binary resets a security officer's password and two-step sign-in, disables and
// enables the account, each ending its sessions where it should, and refuses an unknown
// account changing nothing. On SQLite (a file) and on PostgreSQL.
#include <gtest/gtest.h>

#include "store/security_repository.h"
#include "store/two_factor_repository.h"
#include "store/user_repository.h"
#include "testing/cli_test.h"

namespace sanwang {
namespace {

class UserCliTest : public testing::CliTest {
 protected:
  void SetUp() override {
    testing::CliTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    store::UserRecord u;
    u.district_code = "411002";  // the default configuration's district
    u.username = "security";
    u.display_name = "安全管理员";
    u.role = "security_officer";
    u.password_hash = "$argon2id$old";
    u.created_at = 1796000400;
    auto inserted = store::UserRepository(db_->db()).Insert(u);
    ASSERT_TRUE(inserted.ok()) << inserted.status().ToString();
    user_ = inserted->id;
    ASSERT_TRUE(
        store::SecurityRepository(db_->db())
            .InsertSession({"session-hash", "411002", user_, "csrf", 1796000400, 1796000400, "127.0.0.1"})
            .ok());
  }

  store::UserRecord Stored() { return **store::UserRepository(db_->db()).FindByUsername("security"); }
  bool SessionLives() {
    return store::SecurityRepository(db_->db()).FindSession("session-hash")->has_value();
  }

  store::Id user_ = 0;
};

TEST_P(UserCliTest, APasswordResetPrintsATemporaryPasswordToChangeAndEndsTheSessions) {
  testing::CommandOutcome run = Sanwang("user reset-password security");
  ASSERT_EQ(run.status, 0) << run.output;
  EXPECT_NE(run.output.find("temporary password for security: "), std::string::npos) << run.output;
  store::UserRecord after = Stored();
  EXPECT_NE(after.password_hash, "$argon2id$old");
  EXPECT_TRUE(after.must_change_password);
  EXPECT_FALSE(SessionLives());
}

TEST_P(UserCliTest, DisablingEndsTheSessionsAndEnablingLetsTheAccountBack) {
  testing::CommandOutcome disabled = Sanwang("user disable security");
  ASSERT_EQ(disabled.status, 0) << disabled.output;
  EXPECT_TRUE(Stored().disabled);
  EXPECT_FALSE(SessionLives());
  testing::CommandOutcome enabled = Sanwang("user enable security");
  ASSERT_EQ(enabled.status, 0) << enabled.output;
  EXPECT_FALSE(Stored().disabled);
}

TEST_P(UserCliTest, ClearingTwoStepSignInRemovesTheSetupAndEndsTheSessions) {
  store::TwoFactorRecord setup;
  setup.user_id = user_;
  setup.district_code = "411002";
  setup.secret = "JBSWY3DPEHPK3PXP";
  setup.created_at = 1796000400;
  ASSERT_TRUE(store::TwoFactorRepository(db_->db()).SavePending(setup).ok());
  testing::CommandOutcome run = Sanwang("user reset-two-factor security");
  ASSERT_EQ(run.status, 0) << run.output;
  EXPECT_FALSE(store::TwoFactorRepository(db_->db()).Find(user_)->has_value());
  EXPECT_FALSE(SessionLives());
}

TEST_P(UserCliTest, AnUnknownAccountIsRefusedAndNothingChanges) {
  for (const char* command : {"reset-password", "reset-two-factor", "disable", "enable"}) {
    testing::CommandOutcome run = Sanwang(std::string("user ") + command + " nobody");
    EXPECT_NE(run.status, 0) << command;
    EXPECT_NE(run.output.find("no user 'nobody'"), std::string::npos) << command << ": " << run.output;
  }
  EXPECT_EQ(Stored().password_hash, "$argon2id$old");
  EXPECT_TRUE(SessionLives());
}

INSTANTIATE_TEST_SUITE_P(Backends, UserCliTest, ::testing::ValuesIn(testing::kBackends),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace sanwang
