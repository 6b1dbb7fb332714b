#include "org/staff.h"

#include <string_view>
#include <vector>

#include "org/org_test_fixture.h"
#include "org/roles.h"
#include "store/security_repository.h"
#include "store/user_repository.h"

namespace sanwang::org {
namespace {

class StaffTest : public SmallDistrictTest {};

TEST_P(StaffTest, AddChecksRoleAgainstUnitKind) {
  NewAccount a{"grid_g1", "王网格", "13800000001", "grid_worker", "G1", "", ""};
  auto added = AddAccount(db(), kTestDistrict, a, clock_);
  ASSERT_TRUE(added.ok()) << added.status().ToString();
  EXPECT_EQ(added->unit_id, IdOf("G1"));
  a.username = "grid_c";
  a.unit_code = "C";
  EXPECT_EQ(AddAccount(db(), kTestDistrict, a, clock_).status().field(), "unit");
  a.role = "mayor";
  EXPECT_EQ(AddAccount(db(), kTestDistrict, a, clock_).status().field(), "role");
  NewAccount bad_name{"a b", "x", "", "resident", "", "", ""};
  EXPECT_EQ(AddAccount(db(), kTestDistrict, bad_name, clock_).status().field(), "username");
  NewAccount weak{"resident1", "居民", "", "resident", "", "123", ""};
  EXPECT_EQ(AddAccount(db(), kTestDistrict, weak, clock_).status().field(), "password");
  EXPECT_EQ(store::UserRepository(db()).List(kTestDistrict)->size(), 1u);
}

TEST_P(StaffTest, ImportIsAllOrNothing) {
  std::string good =
      "username,display_name,phone,role,unit_code\n"
      "c_staff,李社区,13800000002,community_staff,C\n"
      "cmd,指挥员,,command_center,CMD\n";
  EXPECT_EQ(*ImportStaff(db(), kTestDistrict, good, clock_), 2);
  std::string bad =
      "username,display_name,phone,role,unit_code\n"
      "s_staff,赵街道,,street_staff,S\n"
      "oops,错,,grid_worker,NOPE\n";
  auto r = ImportStaff(db(), kTestDistrict, bad, clock_);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("line 3"), std::string::npos) << r.status().message();
  EXPECT_FALSE(store::UserRepository(db()).FindByUsername("s_staff")->has_value());
  auto dup = ImportStaff(db(), kTestDistrict, good, clock_);
  EXPECT_EQ(dup.status().code(), ErrorCode::kAlreadyExists);
}

// The good file of ImportIsAllOrNothing saved as GBK, as Excel in China saves CSV
// (iconv -f UTF-8 -t GBK): names are stored as UTF-8, not as mojibake.
TEST_P(StaffTest, AGbkFileIsImportedWithItsNamesIntact) {
  std::string gbk =
      "username,display_name,phone,role,unit_code\n"
      "c_staff,\xc0\xee\xc9\xe7\xc7\xf8,13800000002,community_staff,C\n"
      "cmd,\xd6\xb8\xbb\xd3\xd4\xb1,,command_center,CMD\n";
  auto imported = ImportStaff(db(), kTestDistrict, gbk, clock_);
  ASSERT_TRUE(imported.ok()) << imported.status().ToString();
  EXPECT_EQ(*imported, 2);
  auto stored = store::UserRepository(db()).FindByUsername("c_staff");
  ASSERT_TRUE(stored.ok() && stored->has_value());
  EXPECT_EQ((*stored)->display_name, "李社区");
}

TEST_P(StaffTest, AFileInNeitherUtf8NorGbkIsRefusedAndChangesNothing) {
  std::string bad =
      "username,display_name,phone,role,unit_code\n"
      "c_staff,\xff\xfe\x80,13800000002,community_staff,C\n";
  auto refused = ImportStaff(db(), kTestDistrict, bad, clock_);
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(refused.status().message().find("GBK"), std::string::npos) << refused.status().message();
  EXPECT_TRUE(store::UserRepository(db()).List(kTestDistrict)->empty());
}

TEST_P(StaffTest, DisablingEndsSessionsButNeverOnesOwnAccount) {
  NewAccount admin_account{"admin1", "管理员", "", "admin", "D", "", ""};
  NewAccount grid{"grid_g1", "王网格", "", "grid_worker", "G1", "", ""};
  auto admin = AddAccount(db(), kTestDistrict, admin_account, clock_);
  ASSERT_TRUE(admin.ok()) << admin.status().ToString();
  auto worker = AddAccount(db(), kTestDistrict, grid, clock_);
  ASSERT_TRUE(worker.ok()) << worker.status().ToString();
  store::SecurityRepository security(db());
  ASSERT_TRUE(security.InsertSession({"hash-g1", kTestDistrict, worker->id, "csrf", 1, 1, "127.0.0.1"}).ok());

  EXPECT_EQ(DisableAccount(db(), kTestDistrict, *admin, "admin1").code(), ErrorCode::kFailedPrecondition);
  EXPECT_FALSE((*store::UserRepository(db()).FindByUsername("admin1"))->disabled);
  EXPECT_EQ(DisableAccount(db(), "other-district", *admin, "grid_g1").code(), ErrorCode::kNotFound);
  EXPECT_EQ(DisableAccount(db(), kTestDistrict, *admin, "nobody").code(), ErrorCode::kNotFound);
  EXPECT_EQ(DisableAccount(db(), kTestDistrict, *worker, "admin1").code(), ErrorCode::kPermissionDenied);

  ASSERT_TRUE(DisableAccount(db(), kTestDistrict, *admin, "grid_g1").ok());
  EXPECT_TRUE((*store::UserRepository(db()).FindByUsername("grid_g1"))->disabled);
  EXPECT_FALSE(security.FindSession("hash-g1")->has_value());
  ASSERT_TRUE(EnableAccount(db(), kTestDistrict, *admin, "grid_g1").ok());
  EXPECT_FALSE((*store::UserRepository(db()).FindByUsername("grid_g1"))->disabled);
}

TEST(MaskTest, PhonesAndNames) {
  EXPECT_EQ(MaskPhone("13839019598"), "138****9598");
  EXPECT_EQ(MaskPhone("12345"), "*****");
  EXPECT_EQ(MaskName("张三丰"), "张**");
  EXPECT_EQ(MaskName("Li Lei"), "L*****");
  EXPECT_EQ(MaskName(""), "");
}

SANWANG_INSTANTIATE_BACKENDS(StaffTest);

}  // namespace
}  // namespace sanwang::org
