#include "store/personal_data.h"

#include <algorithm>

#include "store/personal_data_reseal.h"
#include "store/registration_repository.h"
#include "store/store_test_fixture.h"
#include "store/two_factor_repository.h"
#include "store/user_repository.h"

namespace sanwang::store {
namespace {

const std::string kFirst = "k1 " + std::string(64, 'a');
const std::string kSecond = "k2 " + std::string(64, 'b');

void Install(const std::string& text) { UsePersonalDataKeys(*PersonalDataKeys::Parse(text)); }

// Each test starts and ends with no keys installed, as a process without configuration.
class PersonalDataTest : public BackendTest {
 protected:
  void SetUp() override {
    UsePersonalDataKeys(std::nullopt);
    BackendTest::SetUp();
  }
  void TearDown() override { UsePersonalDataKeys(std::nullopt); }

  Id AddResident(const std::string& phone) {
    UserRecord u;
    u.district_code = "411002";
    u.username = phone;
    u.display_name = "李居民";
    u.phone = phone;
    u.role = "resident";
    u.created_at = 1795924149;
    auto inserted = UserRepository(db()).Insert(u);
    EXPECT_TRUE(inserted.ok()) << inserted.status().ToString();
    return inserted.ok() ? inserted->id : 0;
  }
  Id AddCase(const std::string& phone) {
    CaseRecord c;
    c.district_code = "411002";
    c.workflow = "resident_matter";
    c.title = "路灯不亮";
    c.source = "resident";
    c.state = "submitted";
    c.reporter_name = "李居民";
    c.reporter_phone = phone;
    c.created_at = c.updated_at = 1795924149;
    CaseEventRecord e;
    e.action = "submit";
    e.to_state = "submitted";
    e.actor_role = "resident";
    e.at = c.created_at;
    auto inserted = CaseRepository(db()).Insert(c, e);
    EXPECT_TRUE(inserted.ok()) << inserted.status().ToString();
    return inserted.ok() ? inserted->updated.id : 0;
  }
  // A column's value as the database holds it.
  std::string Raw(const std::string& sql, Id id) {
    auto rows = db().Query(sql, {id});
    EXPECT_TRUE(rows.ok() && rows->size() == 1);
    return rows.ok() && rows->size() == 1 ? rows->front().Text(0) : "";
  }
  std::string RawCasePhone(Id id) { return Raw("SELECT reporter_phone FROM cases WHERE id = ?", id); }
  std::string RawUserPhone(Id id) { return Raw("SELECT phone FROM users WHERE id = ?", id); }
};

TEST_P(PersonalDataTest, TheDatabaseHoldsNoNumberWhileTheRepositoriesReadThemPlain) {
  Install(kFirst);
  Id user = AddResident("13839019598");
  Id c = AddCase("13839019598");
  for (const std::string& raw : {RawCasePhone(c), RawUserPhone(user)}) {
    EXPECT_EQ(raw.rfind("sm4:k1:", 0), 0u) << raw;
    EXPECT_EQ(raw.find("13839019598"), std::string::npos);
  }
  EXPECT_NE(RawCasePhone(c), RawUserPhone(user));  // a fresh IV each time
  EXPECT_EQ(CaseRepository(db()).Get(c)->reporter_phone, "13839019598");
  EXPECT_EQ(UserRepository(db()).Get(user)->phone, "13839019598");
  // Found by its lookup hash, which is not the number either.
  std::string lookup = Raw("SELECT phone_lookup FROM users WHERE id = ?", user);
  EXPECT_EQ(lookup, InstalledPersonalDataKeys()->Lookup("13839019598"));
  EXPECT_TRUE(*RegistrationRepository(db()).ResidentPhoneTaken("411002", "13839019598"));
  EXPECT_FALSE(*RegistrationRepository(db()).ResidentPhoneTaken("411002", "13839019599"));
}

TEST_P(PersonalDataTest, ProfileChangesAndTwoStepSecretsAreSealedToo) {
  Install(kFirst);
  Id user = AddResident("13839019598");
  UserRecord u = *UserRepository(db()).Get(user);
  u.phone = "13700000001";
  ASSERT_TRUE(UserRepository(db()).UpdateProfile(u).ok());
  EXPECT_EQ(RawUserPhone(user).find("13700000001"), std::string::npos);
  EXPECT_EQ(UserRepository(db()).Get(user)->phone, "13700000001");
  EXPECT_TRUE(*RegistrationRepository(db()).ResidentPhoneTaken("411002", "13700000001"));
  EXPECT_FALSE(*RegistrationRepository(db()).ResidentPhoneTaken("411002", "13839019598"));

  ASSERT_TRUE(TwoFactorRepository(db())
                  .SavePending({user, "411002", "JBSWY3DPEHPK3PXP", 1000, std::nullopt, 0})
                  .ok());
  EXPECT_EQ(Raw("SELECT secret FROM two_factor WHERE user_id = ?", user).find("JBSWY3DPEHPK3PXP"),
            std::string::npos);
  EXPECT_EQ((*TwoFactorRepository(db()).Find(user))->secret, "JBSWY3DPEHPK3PXP");
}

TEST_P(PersonalDataTest, RegistrationCodesKeepOnlyTheLookupOfThePhone) {
  Install(kFirst);
  RegistrationCodeRecord code;
  code.district_code = "411002";
  code.phone = "13839019598";
  code.remote_address = "203.0.113.7";
  code.code_hash = "h";
  code.requested_at = 1000;
  code.expires_at = 1600;
  auto inserted = RegistrationRepository(db()).Insert(code);
  ASSERT_TRUE(inserted.ok());
  EXPECT_EQ(Raw("SELECT phone FROM registration_codes WHERE id = ?", inserted->id).find("13839019598"),
            std::string::npos);
  EXPECT_TRUE(*RegistrationRepository(db()).Newest("411002", "13839019598"));
  EXPECT_EQ(RegistrationRepository(db()).RequestsForPhone("411002", "13839019598", 0)->size(), 1u);
  EXPECT_FALSE(*RegistrationRepository(db()).Newest("411002", "13839019599"));
}

TEST_P(PersonalDataTest, ResealingTurnsPlainValuesAndAnOldKeysIntoTheNewKeys) {
  Id user = AddResident("13839019598");  // before encryption was turned on
  Id c = AddCase("13500000000");
  EXPECT_EQ(RawCasePhone(c), "13500000000");
  Install(kFirst);
  EXPECT_FALSE(*RegistrationRepository(db()).ResidentPhoneTaken("411002", "13839019598"));  // not yet
  auto first = ResealPersonalData(db(), SealedTables());
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->resealed, 2);
  EXPECT_EQ(first->unreadable, 0);
  EXPECT_EQ(RawCasePhone(c).rfind("sm4:k1:", 0), 0u);
  EXPECT_TRUE(*RegistrationRepository(db()).ResidentPhoneTaken("411002", "13839019598"));
  EXPECT_EQ(ResealPersonalData(db(), SealedTables())->resealed, 0);  // nothing left to do

  Install(kSecond + "\n" + kFirst);                                       // a new key on top
  EXPECT_EQ(CaseRepository(db()).Get(c)->reporter_phone, "13500000000");  // the old one still opens
  std::vector<std::string> progress;
  auto second = ResealPersonalData(
      db(), SealedTables(), [&](std::string_view table, std::int64_t) { progress.emplace_back(table); });
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(second->resealed, 2);
  EXPECT_NE(std::find(progress.begin(), progress.end(), "cases"), progress.end());
  EXPECT_EQ(RawUserPhone(user).rfind("sm4:k2:", 0), 0u);

  Install(kSecond);  // the old key removed: everything still reads
  EXPECT_EQ(CaseRepository(db()).Get(c)->reporter_phone, "13500000000");
  EXPECT_EQ(UserRepository(db()).Get(user)->phone, "13839019598");
  EXPECT_TRUE(*RegistrationRepository(db()).ResidentPhoneTaken("411002", "13839019598"));
}

TEST_P(PersonalDataTest, AValueNoKeyOpensIsCountedAndLeftAsItIs) {
  Install(kSecond);
  Id c = AddCase("13500000000");
  std::string sealed = RawCasePhone(c);
  Install(kFirst);  // k2 is missing from the file
  auto pass = ResealPersonalData(db(), SealedTables());
  ASSERT_TRUE(pass.ok());
  EXPECT_EQ(pass->unreadable, 1);
  EXPECT_EQ(pass->resealed, 0);
  EXPECT_EQ(RawCasePhone(c), sealed);
  EXPECT_EQ(CaseRepository(db()).Get(c)->reporter_phone, "");  // reads as empty, never as garbage
}

TEST_P(PersonalDataTest, WithoutKeysValuesAreStoredAsTheyAreAndNothingIsResealed) {
  Id user = AddResident("13839019598");
  EXPECT_EQ(RawUserPhone(user), "13839019598");
  EXPECT_EQ(ResealPersonalData(db(), SealedTables())->resealed, 0);
  EXPECT_TRUE(*RegistrationRepository(db()).ResidentPhoneTaken("411002", "13839019598"));
}

SANWANG_INSTANTIATE_BACKENDS(PersonalDataTest);

}  // namespace
}  // namespace sanwang::store
