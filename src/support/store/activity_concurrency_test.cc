// Many residents sign up for one activity at once, each thread on its own connection (as
// the servers sharing one PostgreSQL would): exactly as many succeed as there are places,
// every other attempt is refused as full, the counter equals the sign-up rows, and it never
// passes the places. Prints attempts, successes, refusals and the time taken.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <latch>
#include <thread>

#include "store/org_repository.h"
#include "store/store_test_fixture.h"
#include "store/user_repository.h"
#include "support/store/activity_repository.h"

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
  std::atomic<int> successes{0}, full{0}, other{0};
  std::latch start(kThreads);
  auto worker = [&](int t) {
    auto db = OpenDatabase(test_db_->url());
    if (!db.ok()) {
      other += kPerThread;
      start.count_down();
      return;
    }
    ActivityRepository repo(**db);
    start.arrive_and_wait();
    for (int i = 0; i < kPerThread; ++i) {
      ActivitySignupRecord s;
      s.district_code = kDistrict;
      s.activity_id = activity_;
      s.user_id = users_[static_cast<std::size_t>(t * kPerThread + i)];
      Status status = repo.SignUp(s).status();
      if (status.ok())
        ++successes;
      else if (status.code() == ErrorCode::kConflict && status.message() == kActivityFullMessage)
        ++full;
      else {
        ++other;
        ADD_FAILURE() << status.ToString();
      }
    }
  };
  const auto began = std::chrono::steady_clock::now();
  std::vector<std::thread> threads;
  threads.reserve(kThreads);
  for (int t = 0; t < kThreads; ++t) threads.emplace_back(worker, t);
  for (auto& t : threads) t.join();
  const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - began).count();
  std::printf("%s: %d sign-ups for %lld places, %d succeeded, %d refused as full, %d other errors, %.2f s\n",
              GetParam().c_str(), kThreads * kPerThread, static_cast<long long>(kPlaces), successes.load(),
              full.load(), other.load(), elapsed);

  EXPECT_EQ(successes.load(), kPlaces);
  EXPECT_EQ(full.load(), kThreads * kPerThread - kPlaces);
  ActivityRepository repo(db());
  EXPECT_EQ(repo.Get(activity_)->taken, kPlaces);
  EXPECT_EQ(repo.Signups(activity_)->size(), static_cast<std::size_t>(kPlaces));
}

SANWANG_INSTANTIATE_BACKENDS(ActivityConcurrencyTest);

}  // namespace
}  // namespace sanwang::store
