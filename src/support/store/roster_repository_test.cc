// The roster tables through their repository, on SQLite and PostgreSQL: a worker and its
// joined names round-trip, one ID number per district, trainings in date order, and a
// community's households figure set and replaced.
#include "support/store/roster_repository.h"

#include "store/org_repository.h"
#include "store/personal_data.h"
#include "store/personal_data_reseal.h"
#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

constexpr const char* kDistrict = "411002";

class RosterRepositoryTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    OrgRepository org(db());
    const Id district = Unit(org, "D", "district", std::nullopt);
    community_ = Unit(org, "C", "community", district);
    grid_ = Unit(org, "G", "grid", community_);
  }
  Id Unit(OrgRepository& org, const std::string& code, const std::string& kind, std::optional<Id> parent) {
    UnitRecord u;
    u.district_code = kDistrict;
    u.code = code;
    u.kind = kind;
    u.name = code + "名";
    u.parent_id = parent;
    auto inserted = org.Insert(u);
    EXPECT_TRUE(inserted.ok()) << inserted.status().ToString();
    return inserted.ok() ? inserted->id : 0;
  }
  WorkerRecord Worker(const std::string& id_number) const {
    WorkerRecord w;
    w.district_code = kDistrict;
    w.kind = "grid_worker";
    w.name = "李强";
    w.post = "网格员";
    w.unit_id = community_;
    w.grid_id = grid_;
    w.started_on = "2020-07-01";
    w.qualification = "intermediate";
    w.id_number = id_number;
    w.phone = "13912345678";
    w.demo = true;
    return w;
  }
  void TearDown() override { UsePersonalDataKeys(std::nullopt); }
  RosterRepository repo() { return RosterRepository(db()); }

  Id community_ = 0, grid_ = 0;
};

TEST_P(RosterRepositoryTest, WorkersRoundTripWithTheirUnitsNames) {
  auto made = repo().Insert(Worker("410102199003071230"));
  ASSERT_TRUE(made.ok()) << made.status().ToString();
  EXPECT_EQ(made->unit_code, "C");
  EXPECT_EQ(made->grid_name, "G名");
  EXPECT_TRUE(made->demo);
  EXPECT_FALSE(made->user_id);
  WorkerRecord changed = *made;
  changed.grid_id.reset();
  changed.kind = "community_worker";
  changed.active = false;
  ASSERT_TRUE(repo().Update(changed).ok());
  auto read = repo().Get(made->id);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read->kind, "community_worker");
  EXPECT_FALSE(read->grid_id);
  EXPECT_FALSE(read->active);
  EXPECT_EQ(repo().List({kDistrict, community_, "", true})->size(), 0u);
  EXPECT_EQ(repo().List({kDistrict, community_, "community_worker", false})->size(), 1u);
  changed.id = made->id + 100;
  EXPECT_EQ(repo().Update(changed).code(), ErrorCode::kNotFound);
}

TEST_P(RosterRepositoryTest, AnIdNumberIsListedOncePerDistrict) {
  ASSERT_TRUE(repo().Insert(Worker("410102199003071230")).ok());
  EXPECT_EQ(repo().Insert(Worker("410102199003071230")).status().code(), ErrorCode::kAlreadyExists);
  EXPECT_EQ(repo().List(WorkerQuery::AllOf(kDistrict))->size(), 1u);
}

// With keys installed the ID number and phone are sealed in the row, the worker is still
// found by ID number, and the one-per-district rule holds on the lookup hash; a roster
// written before encryption is sealed by the pass, its rule intact.
TEST_P(RosterRepositoryTest, SealedIdNumbersAreFoundAndStayOnePerDistrict) {
  UsePersonalDataKeys(std::nullopt);
  auto before = repo().Insert(Worker("410102199003071230"));
  ASSERT_TRUE(before.ok());
  UsePersonalDataKeys(*PersonalDataKeys::Parse("k1 " + std::string(64, 'c')));
  ASSERT_EQ(ResealPersonalData(db(), SealedTables())->resealed, 2);  // its ID number and phone
  auto made = repo().Insert(Worker("110101199001011237"));
  ASSERT_TRUE(made.ok()) << made.status().ToString();
  for (Id id : {before->id, made->id}) {
    auto raw = db().Query("SELECT id_number, phone, id_number_lookup FROM roster_workers WHERE id = ?", {id});
    ASSERT_TRUE(raw.ok());
    for (std::size_t column = 0; column < 3; ++column) {
      std::string value = raw->front().Text(column);
      EXPECT_EQ(value.find("1990"), std::string::npos) << value;
      EXPECT_EQ(value.find("13912345678"), std::string::npos) << value;
    }
  }
  EXPECT_EQ(repo().Get(made->id)->id_number, "110101199001011237");
  EXPECT_EQ(repo().Get(before->id)->phone, "13912345678");
  EXPECT_EQ(*repo().FindByIdNumber(kDistrict, "410102199003071230"), before->id);
  EXPECT_EQ(repo().Insert(Worker("110101199001011237")).status().code(), ErrorCode::kAlreadyExists);
}

TEST_P(RosterRepositoryTest, TrainingsAndHouseholds) {
  auto w = repo().Insert(Worker("410102199003071230"));
  ASSERT_TRUE(w.ok());
  ASSERT_TRUE(repo().AddTraining({0, kDistrict, w->id, "2026-06-01", "网格化管理培训", 20}).ok());
  ASSERT_TRUE(repo().AddTraining({0, kDistrict, w->id, "2026-03-15", "社工实务", 35}).ok());
  auto trainings = repo().Trainings(w->id);
  ASSERT_EQ(trainings->size(), 2u);
  EXPECT_EQ((*trainings)[0].held_on, "2026-03-15");
  // The database itself refuses a training of no hours.
  EXPECT_FALSE(repo().AddTraining({0, kDistrict, w->id, "2026-06-01", "零学时", 0}).ok());
  EXPECT_EQ(repo().Trainings(w->id)->size(), 2u);
  ASSERT_TRUE(repo().SetHouseholds({kDistrict, community_, 900, ""}).ok());
  ASSERT_TRUE(repo().SetHouseholds({kDistrict, community_, 1200, ""}).ok());
  auto households = repo().Households(kDistrict);
  ASSERT_EQ(households->size(), 1u);
  EXPECT_EQ((*households)[0].households, 1200);
  EXPECT_EQ((*households)[0].unit_code, "C");
}

SANWANG_INSTANTIATE_BACKENDS(RosterRepositoryTest);

}  // namespace
}  // namespace sanwang::store
