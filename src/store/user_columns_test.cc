#include "store/user_columns.h"

#include <set>

#include "store/personal_data.h"
#include "store/store_test_fixture.h"
#include "store/user_repository.h"

namespace sanwang::store {
namespace {

class UserColumnsTest : public BackendTest {
 protected:
  void TearDown() override { UsePersonalDataKeys(std::nullopt); }
};

// A column added to `users` by a migration without its line in user_columns.cc (or a line
// naming a column the table lacks) fails here.
TEST_P(UserColumnsTest, EveryColumnOfTheTableIsDeclaredOnce) {
  const std::set<std::string> table = TableColumnNames(db(), "users");
  std::set<std::string> declared = {"id"};
  for (const UserColumn& column : UserColumns()) {
    EXPECT_TRUE(declared.insert(column.name).second) << column.name << " is declared twice";
  }
  EXPECT_EQ(declared, table);
}

// An account in which no two text or time fields hold the same value, and exactly one of
// the three flags is set, so a column read into a neighbour's field shows.
UserRecord Distinct(const std::string& username, int flag) {
  UserRecord u;
  u.district_code = "411002";
  u.username = username;
  u.display_name = "王" + username;
  u.phone = "1383901959" + std::to_string(flag);
  u.role = "community_staff";
  u.password_hash = "$argon2id$" + username;
  u.created_at = 1795924149;
  u.password_changed_at = 1795924149 + 60 + flag;
  u.disabled = flag == 0;
  u.must_change_password = flag == 1;
  u.demo_password = flag == 2;
  return u;
}

TEST_P(UserColumnsTest, EveryFieldComesBackAsWritten) {
  UsePersonalDataKeys(*PersonalDataKeys::Parse("u1 " + std::string(64, 'a')));
  UserRepository repo(db());
  for (int flag = 0; flag < 3; ++flag) {
    UserRecord want = Distinct("user" + std::to_string(flag), flag);
    auto inserted = repo.Insert(want);
    ASSERT_TRUE(inserted.ok()) << inserted.status().ToString();
    want.id = inserted->id;
    auto read = repo.Get(want.id);
    ASSERT_TRUE(read.ok()) << read.status().ToString();
    EXPECT_EQ(read->username, want.username);
    EXPECT_EQ(read->display_name, want.display_name);
    EXPECT_EQ(read->phone, want.phone);
    EXPECT_EQ(read->role, want.role);
    EXPECT_EQ(read->unit_id, want.unit_id);
    EXPECT_EQ(read->password_hash, want.password_hash);
    EXPECT_EQ(read->created_at, want.created_at);
    EXPECT_EQ(read->password_changed_at, want.password_changed_at);
    EXPECT_EQ(read->disabled, want.disabled) << flag;
    EXPECT_EQ(read->must_change_password, want.must_change_password) << flag;
    EXPECT_EQ(read->demo_password, want.demo_password) << flag;
    // The phone is sealed in its column and found by its lookup hash beside it.
    auto stored = db().Query("SELECT phone, phone_lookup FROM users WHERE id = ?", {want.id});
    ASSERT_TRUE(stored.ok());
    EXPECT_NE(stored->at(0).Text(0), want.phone);
    EXPECT_EQ(stored->at(0).Text(1), PersonalLookup(want.phone));
  }
}

SANWANG_INSTANTIATE_BACKENDS(UserColumnsTest);

}  // namespace
}  // namespace sanwang::store
