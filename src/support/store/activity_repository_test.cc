// The party-registration and activity repositories on both engines: one active
// registration per person, the taken-places counter never passing the places (a full
// activity refuses with Conflict and writes nothing), a withdrawal giving the place back,
// check-in and check-out, and the hours of a Shanghai year per workplace.
#include "support/store/activity_repository.h"

#include "store/migrations.h"
#include "store/org_repository.h"
#include "store/store_test_fixture.h"
#include "store/user_repository.h"
#include "support/store/party_registration_repository.h"

namespace sanwang::store {
namespace {

constexpr std::int64_t kNine = 1796000400;  // 2026-11-30T09:00:00+08:00
constexpr const char* kDistrict = "411002";

class ActivityRepositoryTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    UnitRecord unit;
    unit.district_code = kDistrict;
    unit.code = "C";
    unit.kind = "community";
    unit.name = "测试社区";
    unit_ = OrgRepository(db()).Insert(unit)->id;
    for (int i = 0; i < 3; ++i) users_.push_back(User("resident" + std::to_string(i)));
  }
  Id User(const std::string& name) {
    UserRecord user;
    user.district_code = kDistrict;
    user.username = name;
    user.display_name = "居民" + name;
    user.phone = "13800000000";
    user.role = "resident";
    auto inserted = UserRepository(db()).Insert(user);
    EXPECT_TRUE(inserted.ok()) << inserted.status().ToString();
    return inserted.ok() ? inserted->id : 0;
  }
  ActivityRecord Activity(std::int64_t starts_at, std::int64_t places) {
    ActivityRecord a;
    a.district_code = kDistrict;
    a.unit_id = unit_;
    a.title = "清洁家园";
    a.starts_at = starts_at;
    a.ends_at = starts_at + 7200;
    a.place = "小区广场";
    a.places = places;
    a.open_to = "public";
    a.state = "published";
    a.created_at = kNine;
    auto inserted = ActivityRepository(db()).Insert(a);
    EXPECT_TRUE(inserted.ok()) << inserted.status().ToString();
    return inserted.ok() ? *inserted : a;
  }
  ActivitySignupRecord Signup(Id activity, Id user, const std::string& workplace = "") {
    ActivitySignupRecord s;
    s.district_code = kDistrict;
    s.activity_id = activity;
    s.user_id = user;
    s.workplace = workplace;
    s.created_at = kNine;
    return s;
  }
  PartyRegistrationRecord Registration(Id user) {
    PartyRegistrationRecord r;
    r.district_code = kDistrict;
    r.user_id = user;
    r.community_id = unit_;
    r.workplace = "区财政局";
    r.party_branch = "机关第一党支部";
    r.state = "pending";
    r.created_at = kNine;
    return r;
  }
  Id unit_ = 0;
  std::vector<Id> users_;
};

TEST_P(ActivityRepositoryTest, TheStreamHasTheActivityTables) {
  EXPECT_EQ(*SchemaVersion(db(), "support"), LatestSchemaVersion("support"));
  EXPECT_TRUE(db().Query("SELECT COUNT(*) FROM support_activity_signups").ok());
}

TEST_P(ActivityRepositoryTest, OneActiveRegistrationPerPerson) {
  PartyRegistrationRepository repo(db());
  auto first = repo.Insert(Registration(users_[0]));
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  EXPECT_EQ(first->community_code, "C");
  auto second = repo.Insert(Registration(users_[0]));
  EXPECT_EQ(second.status().code(), ErrorCode::kConflict);
  EXPECT_EQ(repo.List({kDistrict, users_[0], "", {}, 10})->size(), 1u);
  // Declined, the person may register again.
  ASSERT_TRUE(repo.Change({first->id, {"pending"}, "declined", "不在本社区居住", std::nullopt, kNine}).ok());
  EXPECT_TRUE(repo.Insert(Registration(users_[0])).ok());
  EXPECT_FALSE(repo.Change({first->id, {"pending"}, "confirmed", "", std::nullopt, kNine}).ok());
  auto active = repo.ActiveOf(kDistrict, users_[0]);
  ASSERT_TRUE(active.ok() && active->has_value());
  EXPECT_EQ((*active)->state, "pending");
}

TEST_P(ActivityRepositoryTest, RegistrationsComeAPageAtATimeNewestFirstWithTheirCount) {
  PartyRegistrationRepository repo(db());
  std::vector<Id> ids;
  for (Id user : users_) ids.push_back(repo.Insert(Registration(user))->id);
  PartyRegistrationQuery query{kDistrict, std::nullopt, "", {}, 2};
  auto first = repo.List(query);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  ASSERT_EQ(first->size(), 2u);
  EXPECT_EQ((*first)[0].id, ids[2]);
  EXPECT_EQ((*first)[1].id, ids[1]);
  query.offset = 2;
  auto rest = repo.List(query);
  ASSERT_EQ(rest->size(), 1u);
  EXPECT_EQ((*rest)[0].id, ids[0]);
  EXPECT_EQ(*repo.Count(query), 3);  // whatever the page
  query.states = {"confirmed"};
  EXPECT_EQ(*repo.Count(query), 0);
  EXPECT_EQ(*repo.Count({kDistrict, std::nullopt, "/999/", {}, 10}), 0);
}

TEST_P(ActivityRepositoryTest, AFullActivityRefusesAndWritesNothing) {
  ActivityRepository repo(db());
  ActivityRecord a = Activity(kNine + 86400, 2);
  ASSERT_TRUE(repo.SignUp(Signup(a.id, users_[0])).ok());
  ASSERT_TRUE(repo.SignUp(Signup(a.id, users_[1])).ok());
  auto third = repo.SignUp(Signup(a.id, users_[2]));
  EXPECT_EQ(third.status().code(), ErrorCode::kConflict);
  EXPECT_EQ(third.status().message(), kActivityFullMessage);
  EXPECT_EQ(repo.Get(a.id)->taken, 2);
  EXPECT_EQ(repo.Signups(a.id)->size(), 2u);
  // The database itself refuses a counter above the places.
  EXPECT_FALSE(db().Execute("UPDATE support_activities SET taken = 3 WHERE id = ?", {a.id}).ok());
}

TEST_P(ActivityRepositoryTest, SigningUpTwiceIsRefusedAndGivesNoPlace) {
  ActivityRepository repo(db());
  ActivityRecord a = Activity(kNine + 86400, 5);
  ASSERT_TRUE(repo.SignUp(Signup(a.id, users_[0])).ok());
  auto again = repo.SignUp(Signup(a.id, users_[0]));
  EXPECT_EQ(again.status().code(), ErrorCode::kConflict);
  EXPECT_EQ(again.status().message(), kAlreadySignedUpMessage);
  EXPECT_EQ(repo.Get(a.id)->taken, 1);
}

TEST_P(ActivityRepositoryTest, WithdrawingGivesThePlaceBack) {
  ActivityRepository repo(db());
  ActivityRecord a = Activity(kNine + 86400, 1);
  auto mine = repo.SignUp(Signup(a.id, users_[0]));
  ASSERT_TRUE(mine.ok());
  EXPECT_EQ(repo.SignUp(Signup(a.id, users_[1])).status().code(), ErrorCode::kConflict);
  ASSERT_TRUE(repo.Withdraw(mine->id, kNine).ok());
  EXPECT_EQ(repo.Withdraw(mine->id, kNine).code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(repo.Get(a.id)->taken, 0);
  EXPECT_TRUE(repo.SignUp(Signup(a.id, users_[1])).ok());
  // The first may sign up again once a place is free; here none is.
  EXPECT_EQ(repo.SignUp(Signup(a.id, users_[0])).status().code(), ErrorCode::kConflict);
}

TEST_P(ActivityRepositoryTest, ACancelledActivityTakesNoSignups) {
  ActivityRepository repo(db());
  ActivityRecord a = Activity(kNine + 86400, 5);
  ASSERT_TRUE(repo.Cancel(a.id).ok());
  EXPECT_EQ(repo.Cancel(a.id).code(), ErrorCode::kFailedPrecondition);
  EXPECT_EQ(repo.SignUp(Signup(a.id, users_[0])).status().code(), ErrorCode::kConflict);
}

TEST_P(ActivityRepositoryTest, HoursOfAYearPerWorkplace) {
  ActivityRepository repo(db());
  // One activity in 2026, one on 2027-01-01 at 00:30 Shanghai (2026 in UTC).
  ActivityRecord in_year = Activity(kNine - 86400 * 10, 10);
  ActivityRecord next_year = Activity(1798734600, 10);
  auto a = repo.SignUp(Signup(in_year.id, users_[0], "区财政局"));
  auto b = repo.SignUp(Signup(in_year.id, users_[1], "市一中"));
  auto c = repo.SignUp(Signup(in_year.id, users_[2]));  // not a party member
  auto d = repo.SignUp(Signup(next_year.id, users_[0], "区财政局"));
  ASSERT_TRUE(a.ok() && b.ok() && c.ok() && d.ok());
  for (const auto& s : {*a, *b, *c, *d}) {
    ASSERT_TRUE(repo.CheckIn(s.id, in_year.starts_at).ok());
    ASSERT_TRUE(repo.CheckOut(s.id, in_year.starts_at + 5400, 90).ok());
  }
  EXPECT_EQ(repo.CheckOut(a->id, in_year.starts_at, 30).code(), ErrorCode::kFailedPrecondition);
  // 2026 in Shanghai: [2026-01-01T00:00+08:00, 2027-01-01T00:00+08:00).
  auto hours = repo.Hours(kDistrict, 1767196800, 1798732800, "", true);
  ASSERT_TRUE(hours.ok()) << hours.status().ToString();
  std::map<std::string, std::int64_t> minutes;
  for (const ServiceHoursRow& r : *hours) minutes[r.workplace] += r.minutes;
  EXPECT_EQ(minutes, (std::map<std::string, std::int64_t>{{"区财政局", 90}, {"市一中", 90}}));
  auto one = repo.Hours(kDistrict, 1767196800, 1798732800, "市一中", true);
  ASSERT_EQ(one->size(), 1u);
  EXPECT_EQ(one->front().user_id, users_[1]);
  EXPECT_EQ(repo.Hours(kDistrict, 1767196800, 1798732800, "", false)->size(), 3u);
  auto next = repo.Hours(kDistrict, 1798732800, 1830268800, "", true);
  ASSERT_EQ(next->size(), 1u);
  EXPECT_EQ(next->front().activities, 1);
}

SANWANG_INSTANTIATE_BACKENDS(ActivityRepositoryTest);

}  // namespace
}  // namespace sanwang::store
