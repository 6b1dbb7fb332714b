#include "store/group_committer.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <future>
#include <stdexcept>
#include <thread>
#include <vector>

#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

// SQLite runs on a file here: the committer and the checks use separate connections.
class GroupCommitterTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    url_ = test_db_->url();
    if (GetParam() == "sqlite") {
      dir_ = std::filesystem::temp_directory_path() /
             ("sanwang-group-commit-" + std::to_string(getpid()) + "-" + std::to_string(++counter_));
      std::filesystem::create_directories(dir_);
      url_ = "sqlite:" + (dir_ / "db.sqlite").string();
    }
    auto opened = OpenDatabase(url_);
    ASSERT_TRUE(opened.ok()) << opened.status().ToString();
    checker_ = std::move(opened).value();
    ASSERT_TRUE(checker_->ExecuteScript("CREATE TABLE gc_rows (n INTEGER PRIMARY KEY)").ok());
    auto pool = DatabasePool::Open(url_, 2);
    ASSERT_TRUE(pool.ok()) << pool.status().ToString();
    pool_ = std::move(pool).value();
  }

  void TearDown() override {
    pool_.reset();
    checker_.reset();
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  static GroupCommitter::Work InsertRow(std::int64_t n) {
    return [n](Database& db) { return db.Execute("INSERT INTO gc_rows (n) VALUES (?)", {n}).status(); };
  }

  std::int64_t CountRows(std::string_view where = "1 = 1") {
    auto rows = checker_->Query("SELECT count(*) FROM gc_rows WHERE " + std::string(where));
    EXPECT_TRUE(rows.ok()) << rows.status().ToString();
    return rows.ok() ? (*rows)[0].Int(0) : -1;
  }

  static inline int counter_ = 0;
  std::filesystem::path dir_;
  std::string url_;
  std::unique_ptr<Database> checker_;
  std::unique_ptr<DatabasePool> pool_;
};

TEST_P(GroupCommitterTest, EveryJobFromManyThreadsIsCommittedOnce) {
  constexpr int kThreads = 8;
  constexpr int kPerThread = 40;
  GroupCommitter committer(*pool_, 16);
  std::atomic<int> failures{0};
  std::vector<std::thread> writers;
  for (int t = 0; t < kThreads; ++t) {
    writers.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        if (!committer.Run(InsertRow(t * 1000 + i)).ok()) ++failures;
      }
    });
  }
  for (auto& w : writers) w.join();
  EXPECT_EQ(failures.load(), 0);
  EXPECT_EQ(CountRows(), kThreads * kPerThread);
  EXPECT_EQ(committer.jobs_committed(), static_cast<std::size_t>(kThreads * kPerThread));
  EXPECT_LE(committer.groups_committed(), committer.jobs_committed());
}

TEST_P(GroupCommitterTest, AFailedJobRollsBackAloneAndItsNeighboursCommit) {
  GroupCommitter committer(*pool_);
  EXPECT_TRUE(committer.Run(InsertRow(1)).ok());
  // Inserts 2, then fails on the duplicate 1: the 2 must not survive.
  Status failed = committer.Run([](Database& db) {
    SW_RETURN_IF_ERROR(db.Execute("INSERT INTO gc_rows (n) VALUES (2)").status());
    return db.Execute("INSERT INTO gc_rows (n) VALUES (1)").status();
  });
  EXPECT_FALSE(failed.ok());
  EXPECT_TRUE(committer.Run(InsertRow(3)).ok());
  EXPECT_EQ(CountRows(), 2);
  EXPECT_EQ(CountRows("n = 2"), 0);
}

TEST_P(GroupCommitterTest, AThrowingJobIsReportedAndRolledBack) {
  GroupCommitter committer(*pool_);
  Status thrown = committer.Run([](Database& db) -> Status {
    (void)db.Execute("INSERT INTO gc_rows (n) VALUES (7)");
    throw std::runtime_error("boom");
  });
  EXPECT_EQ(thrown.code(), ErrorCode::kInternal);
  EXPECT_NE(thrown.message().find("boom"), std::string::npos);
  EXPECT_EQ(CountRows(), 0);
}

TEST_P(GroupCommitterTest, DoneIsCalledOnlyWhenTheRowIsVisibleToOtherConnections) {
  GroupCommitter committer(*pool_);
  std::promise<std::int64_t> seen;
  committer.Submit(InsertRow(42), [&](const Status& s) {
    EXPECT_TRUE(s.ok());
    auto rows = checker_->Query("SELECT count(*) FROM gc_rows WHERE n = 42");
    seen.set_value(rows.ok() ? (*rows)[0].Int(0) : -1);
  });
  EXPECT_EQ(seen.get_future().get(), 1);
}

TEST_P(GroupCommitterTest, StoppingRunsEveryJobAlreadySubmitted) {
  std::atomic<int> done{0};
  {
    GroupCommitter committer(*pool_, 4);
    for (int i = 0; i < 50; ++i) {
      committer.Submit(InsertRow(i), [&](const Status& s) {
        if (s.ok()) ++done;
      });
    }
  }
  EXPECT_EQ(done.load(), 50);
  EXPECT_EQ(CountRows(), 50);
}

SANWANG_INSTANTIATE_BACKENDS(GroupCommitterTest);

}  // namespace
}  // namespace sanwang::store
