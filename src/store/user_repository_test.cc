#include "store/user_repository.h"

#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

class UserRepositoryTest : public BackendTest {};

// A grid worker of district 411002, not yet stored.
UserRecord GridWorker() {
  UserRecord u;
  u.district_code = "411002";
  u.username = "grid001";
  u.display_name = "张网格";
  u.role = "grid_worker";
  return u;
}

TEST_P(UserRepositoryTest, InsertFindDisable) {
  UserRepository repo(db());
  UserRecord u = GridWorker();
  u.created_at = 1795924149;
  auto inserted = repo.Insert(u);
  ASSERT_TRUE(inserted.ok()) << inserted.status().ToString();
  EXPECT_GT(inserted->id, 0);
  auto again = repo.Insert(u);
  EXPECT_EQ(again.status().code(), ErrorCode::kAlreadyExists);
  auto found = repo.FindByUsername("grid001");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->display_name, "张网格");
  EXPECT_FALSE((*found)->disabled);
  ASSERT_TRUE(repo.SetDisabled("grid001", true).ok());
  EXPECT_TRUE(repo.Get(inserted->id)->disabled);
  EXPECT_EQ(repo.SetDisabled("nobody", true).code(), ErrorCode::kNotFound);
  EXPECT_EQ(repo.List("411002")->size(), 1u);
}

TEST_P(UserRepositoryTest, SetPasswordOnlyOverTheExpectedHash) {
  UserRepository repo(db());
  UserRecord u = GridWorker();
  u.password_hash = "old";
  auto inserted = repo.Insert(u);
  ASSERT_TRUE(inserted.ok());
  EXPECT_FALSE(repo.Get(inserted->id)->must_change_password);
  ASSERT_TRUE(repo.SetPassword(inserted->id, "", "reset", true, 100).ok());
  EXPECT_TRUE(repo.Get(inserted->id)->must_change_password);
  // A change checked against "old" must not overwrite the reset.
  EXPECT_EQ(repo.SetPassword(inserted->id, "old", "mine", false, 200).code(), ErrorCode::kConflict);
  EXPECT_EQ(repo.Get(inserted->id)->password_hash, "reset");
  EXPECT_EQ(repo.Get(inserted->id)->password_changed_at, 100);
  ASSERT_TRUE(repo.SetPassword(inserted->id, "reset", "mine", false, 300).ok());
  EXPECT_EQ(repo.Get(inserted->id)->password_hash, "mine");
  EXPECT_FALSE(repo.Get(inserted->id)->must_change_password);
  EXPECT_EQ(repo.SetPassword(inserted->id + 1, "", "x", false, 400).code(), ErrorCode::kNotFound);
}

TEST_P(UserRepositoryTest, PasswordAgeStartsAtCreationAndTheDemoMarkEndsWithAChange) {
  UserRepository repo(db());
  UserRecord u = GridWorker();
  u.password_hash = "demo";
  u.created_at = 1795924149;
  u.demo_password = true;
  auto inserted = repo.Insert(u);
  ASSERT_TRUE(inserted.ok()) << inserted.status().ToString();
  UserRecord stored = *repo.Get(inserted->id);
  EXPECT_EQ(stored.password_changed_at, 1795924149);
  EXPECT_TRUE(stored.demo_password);
  ASSERT_TRUE(repo.SetPassword(inserted->id, "demo", "mine", false, 1796000400).ok());
  stored = *repo.Get(inserted->id);
  EXPECT_EQ(stored.password_changed_at, 1796000400);
  EXPECT_FALSE(stored.demo_password);
}

SANWANG_INSTANTIATE_BACKENDS(UserRepositoryTest);

}  // namespace
}  // namespace sanwang::store
