// Many residents sign up for one activity at once, each thread on its own connection (as
// the servers sharing one PostgreSQL would): exactly as many succeed as there are places,
// every other attempt is refused as full, the counter equals the sign-up rows, and it never
// passes the places. Prints attempts, successes, refusals and the time taken.
#include <cstdio>

#include "store/org_repository.h"
#include "store/store_test_fixture.h"
#include "store/user_repository.h"
#include "support/store/activity_repository.h"
#include "support/store/concurrency_test_support.h"

namespace sanwang::store {
namespace {

constexpr const char* kDistrict = "411002";
constexpr int kThreads = 8;
constexpr int kPerThread = 25;  // 200 residents
constexpr std::int64_t kPlaces = 37;

class ActivityConcurrencyTest : public BackendTest {
 protected:
  ActivityConcurrencyTest() { reach_ = testing::TestDatabase::Reach::kOtherConnections; }

  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    UnitRecord c{0, kDistrict, "C", "community", "社区", "", std::nullopt, "", "", false};
    auto community = OrgRepository(db()).Insert(c);
    ASSERT_TRUE(community.ok()) << community.status().ToString();
    for (int i = 0; i < kThreads * kPerThread; ++i) {
      UserRecord u;
      u.district_code = kDistrict;
      u.username = "r" + std::to_string(i);
      u.display_name = u.username;
      u.role = "resident";
      auto inserted = UserRepository(db()).Insert(u);
      ASSERT_TRUE(inserted.ok()) << inserted.status().ToString();
      users_.push_back(inserted->id);
    }
    ActivityRecord a;
    a.district_code = kDistrict;
    a.unit_id = community->id;
    a.title = "敬老助餐";
    a.starts_at = 1796054400;
    a.ends_at = a.starts_at + 3600;
    a.place = "老年食堂";
    a.places = kPlaces;
    a.open_to = "public";
    a.state = "published";
    auto inserted = ActivityRepository(db()).Insert(a);
    ASSERT_TRUE(inserted.ok()) << inserted.status().ToString();
    activity_ = inserted->id;
  }

  std::vector<Id> users_;
  Id activity_ = 0;
};

TEST_P(ActivityConcurrencyTest, TheActivityAdmitsExactlyItsPlaces) {
  auto sign_up = [&](ActivityRepository& repo, int thread, int i) {
    ActivitySignupRecord s;
    s.district_code = kDistrict;
    s.activity_id = activity_;
    s.user_id = users_[static_cast<std::size_t>(thread * kPerThread + i)];
    return repo.SignUp(s).status();
  };
  auto full = [](const Status& s) {
    return s.code() == ErrorCode::kConflict && s.message() == kActivityFullMessage;
  };
  const ConcurrencyTally tally =
      RunConcurrently<ActivityRepository>({test_db_->url(), kThreads, kPerThread}, sign_up, full);
  std::printf("%s: %d sign-ups for %lld places, %d succeeded, %d refused as full, %d other errors, %.2f s\n",
              GetParam().c_str(), kThreads * kPerThread, static_cast<long long>(kPlaces), tally.successes,
              tally.refusals, tally.other, tally.seconds);

  EXPECT_EQ(tally.successes, kPlaces);
  EXPECT_EQ(tally.refusals, kThreads * kPerThread - kPlaces);
  ActivityRepository repo(db());
  EXPECT_EQ(repo.Get(activity_)->taken, kPlaces);
  EXPECT_EQ(repo.Signups(activity_)->size(), static_cast<std::size_t>(kPlaces));
}

SANWANG_INSTANTIATE_BACKENDS(ActivityConcurrencyTest);

}  // namespace
}  // namespace sanwang::store
