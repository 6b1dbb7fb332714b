#include "store/password_history_repository.h"

#include "store/store_test_fixture.h"
#include "store/user_repository.h"

namespace sanwang::store {
namespace {

class PasswordHistoryRepositoryTest : public BackendTest {
 protected:
  Id AddUser(const std::string& username) {
    UserRecord u;
    u.district_code = "411002";
    u.username = username;
    u.display_name = "张网格";
    u.role = "grid_worker";
    u.created_at = 1795924149;
    auto inserted = UserRepository(db()).Insert(u);
    EXPECT_TRUE(inserted.ok()) << inserted.status().ToString();
    return inserted.ok() ? inserted->id : 0;
  }
  Status Replace(Id user, const std::string& hash, UnixSeconds at, int keep) {
    return PasswordHistoryRepository(db()).Remember({user, "411002", hash, at}, keep);
  }
};

TEST_P(PasswordHistoryRepositoryTest, KeepsTheNewestPasswordsOfEachAccount) {
  Id grid = AddUser("grid001");
  Id other = AddUser("grid002");
  ASSERT_TRUE(Replace(other, "theirs", 50, 4).ok());
  for (int i = 1; i <= 6; ++i) ASSERT_TRUE(Replace(grid, "hash" + std::to_string(i), 100 * i, 4).ok());
  PasswordHistoryRepository history(db());
  EXPECT_EQ(*history.Recent(grid, 10), (std::vector<std::string>{"hash6", "hash5", "hash4", "hash3"}));
  EXPECT_EQ(*history.Recent(grid, 2), (std::vector<std::string>{"hash6", "hash5"}));
  EXPECT_EQ(*history.Recent(other, 10), std::vector<std::string>{"theirs"});
  EXPECT_EQ(db().Query("SELECT COUNT(*) FROM password_history WHERE user_id = ?", {grid})->at(0).Int(0), 4);
}

TEST_P(PasswordHistoryRepositoryTest, KeepingNoneForgetsTheAccountsHistory) {
  Id grid = AddUser("grid001");
  ASSERT_TRUE(Replace(grid, "hash1", 100, 4).ok());
  ASSERT_TRUE(Replace(grid, "hash2", 200, 0).ok());
  EXPECT_TRUE(PasswordHistoryRepository(db()).Recent(grid, 10)->empty());
  EXPECT_TRUE(PasswordHistoryRepository(db()).Recent(grid, 0)->empty());
}

TEST_P(PasswordHistoryRepositoryTest, AnAccountWithoutAPasswordLeavesNothing) {
  Id grid = AddUser("grid001");
  ASSERT_TRUE(Replace(grid, "", 100, 4).ok());
  EXPECT_TRUE(PasswordHistoryRepository(db()).Recent(grid, 10)->empty());
}

SANWANG_INSTANTIATE_BACKENDS(PasswordHistoryRepositoryTest);

}  // namespace
}  // namespace sanwang::store
