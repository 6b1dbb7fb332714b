// Two connections changing the same case at once: no change is lost and no case is
// half-written. SQLite serializes writers (BEGIN IMMEDIATE); PostgreSQL runs them
// concurrently and the version check makes the loser re-decide on the fresh row.
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "store/case_repository.h"
#include "store/migrations.h"
#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

class ConcurrentUpdateTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (GetParam() == "sqlite") {
      dir_ = std::filesystem::temp_directory_path() / ("sanwang-concurrent-" + std::to_string(getpid()));
      std::filesystem::create_directories(dir_);
      url_ = "sqlite:" + (dir_ / "db.sqlite").string();
    } else {
      pg_ = testing::TestDatabase::Create("postgres");
      if (!pg_ && HasFailure()) GTEST_FAIL() << "postgres is required but not available";
      if (!pg_) GTEST_SKIP() << "postgres is not configured";
      url_ = pg_->url();
    }
    auto db = OpenDatabase(url_);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(Migrate(**db).ok());
    auto inserted = InsertMinimalCase(**db, "并发", "accepted");
    ASSERT_TRUE(inserted.ok());
    case_id_ = inserted->updated.id;
  }
  void TearDown() override {
    pg_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  std::filesystem::path dir_;
  std::unique_ptr<testing::TestDatabase> pg_;
  std::string url_;
  Id case_id_ = 0;
};

TEST_P(ConcurrentUpdateTest, NoChangeIsLost) {
  constexpr int kPerThread = 25;
  std::atomic<int> applied{0};
  auto worker = [&] {
    auto db = OpenDatabase(url_);
    ASSERT_TRUE(db.ok());
    CaseRepository repo(**db);
    for (int i = 0; i < kPerThread; ++i) {
      auto r = repo.Update(case_id_, [](const CaseRecord& cur) -> Result<CaseChange> {
        CaseChange ch{cur, {}};
        ++ch.updated.escalate_count;  // a counter only a lost update would get wrong
        ch.event.action = "note";
        ch.event.from_state = cur.state;
        ch.event.to_state = cur.state;
        ch.event.actor_role = "system";
        return ch;
      });
      if (r.ok())
        ++applied;
      else
        EXPECT_EQ(r.status().code(), ErrorCode::kConflict) << r.status().ToString();
    }
  };
  std::thread a(worker), b(worker);
  a.join();
  b.join();
  auto db = OpenDatabase(url_);
  CaseRepository repo(**db);
  CaseRecord c = *repo.Get(case_id_);
  EXPECT_GT(applied.load(), kPerThread);
  EXPECT_EQ(c.escalate_count, applied.load());
  EXPECT_EQ(c.version, applied.load());
  auto events = *repo.Events(case_id_);
  EXPECT_EQ(static_cast<int>(events.size()), applied.load() + 1);
  for (std::size_t i = 0; i < events.size(); ++i) EXPECT_EQ(events[i].seq, static_cast<int>(i) + 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, ConcurrentUpdateTest, ::testing::ValuesIn(testing::kBackends),
                         BackendName);

}  // namespace
}  // namespace sanwang::store
