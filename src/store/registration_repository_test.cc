#include "store/registration_repository.h"

#include "store/store_test_fixture.h"
#include "store/user_repository.h"

namespace sanwang::store {
namespace {

class RegistrationRepositoryTest : public BackendTest {};

constexpr UnixSeconds kT0 = 1795924149;

RegistrationCodeRecord Code(const std::string& phone, const std::string& address, UnixSeconds at) {
  RegistrationCodeRecord c;
  c.district_code = "411002";
  c.phone = phone;
  c.remote_address = address;
  c.code_hash = "hash-" + std::to_string(at);
  c.requested_at = at;
  c.expires_at = at + 600;
  return c;
}

TEST_P(RegistrationRepositoryTest, NewestCodeOfAPhoneWithItsTriesAndUse) {
  RegistrationRepository repo(db());
  EXPECT_FALSE(repo.Newest("411002", "13800000001")->has_value());
  ASSERT_TRUE(repo.Insert(Code("13800000001", "10.0.0.1", kT0)).ok());
  auto newer = repo.Insert(Code("13800000001", "10.0.0.1", kT0 + 90));
  ASSERT_TRUE(newer.ok()) << newer.status().ToString();
  ASSERT_TRUE(repo.Insert(Code("13800000002", "10.0.0.1", kT0 + 120)).ok());
  ASSERT_TRUE(repo.CountWrongAttempt(newer->id).ok());
  ASSERT_TRUE(repo.CountWrongAttempt(newer->id).ok());
  auto found = repo.Newest("411002", "13800000001");
  ASSERT_TRUE(found.ok() && found->has_value());
  EXPECT_EQ((*found)->id, newer->id);
  EXPECT_EQ((*found)->code_hash, "hash-" + std::to_string(kT0 + 90));
  EXPECT_EQ((*found)->attempts, 2);
  EXPECT_FALSE((*found)->used);
  ASSERT_TRUE(repo.MarkUsed(newer->id).ok());
  EXPECT_TRUE((*repo.Newest("411002", "13800000001"))->used);
  EXPECT_FALSE(repo.Newest("411003", "13800000001")->has_value());
  EXPECT_EQ(repo.MarkUsed(9999).code(), ErrorCode::kNotFound);
  // A code is used once: the second registration that matched it is refused.
  Status again = repo.MarkUsed(newer->id);
  EXPECT_EQ(again.code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(again.message().find("验证码已使用"), std::string::npos) << again.message();
}

TEST_P(RegistrationRepositoryTest, RequestTimesByPhoneAndByAddressSinceAMoment) {
  RegistrationRepository repo(db());
  ASSERT_TRUE(repo.Insert(Code("13800000001", "10.0.0.1", kT0)).ok());
  ASSERT_TRUE(repo.Insert(Code("13800000001", "10.0.0.2", kT0 + 100)).ok());
  ASSERT_TRUE(repo.Insert(Code("13800000002", "10.0.0.1", kT0 + 200)).ok());
  EXPECT_EQ(*repo.RequestsForPhone("411002", "13800000001", kT0), (std::vector<UnixSeconds>{kT0, kT0 + 100}));
  EXPECT_EQ(*repo.RequestsForPhone("411002", "13800000001", kT0 + 1), (std::vector<UnixSeconds>{kT0 + 100}));
  EXPECT_EQ(*repo.RequestsFromAddress("411002", "10.0.0.1", kT0), (std::vector<UnixSeconds>{kT0, kT0 + 200}));
  EXPECT_TRUE(repo.RequestsFromAddress("411003", "10.0.0.1", kT0)->empty());
}

TEST_P(RegistrationRepositoryTest, AResidentPhoneIsTakenOnlyByAResidentOfTheDistrict) {
  UserRecord staff;
  staff.district_code = "411002";
  staff.username = "grid001";
  staff.display_name = "张网格";
  staff.phone = "13800000003";
  staff.role = "grid_worker";
  ASSERT_TRUE(UserRepository(db()).Insert(staff).ok());
  UserRecord resident = staff;
  resident.username = "13800000004";
  resident.phone = "13800000004";
  resident.role = "resident";
  ASSERT_TRUE(UserRepository(db()).Insert(resident).ok());
  RegistrationRepository repo(db());
  EXPECT_FALSE(*repo.ResidentPhoneTaken("411002", "13800000003"));
  EXPECT_TRUE(*repo.ResidentPhoneTaken("411002", "13800000004"));
  EXPECT_FALSE(*repo.ResidentPhoneTaken("411003", "13800000004"));
}

SANWANG_INSTANTIATE_BACKENDS(RegistrationRepositoryTest);

}  // namespace
}  // namespace sanwang::store
