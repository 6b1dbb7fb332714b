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
#include "testing/fault_injecting_database.h"

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
    // Every connection of the pool goes through plan_, which fails nothing until told to.
    auto pool = testing::FaultInjectingPool(url_, 2, plan_);
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

  // Submits a job that holds the writer inside its group's transaction until released, and
  // waits until it is running: jobs submitted from now on queue up behind it and form the
  // next group together. `done` is called after the held job's group is committed, before
  // the writer takes the next group.
  void HoldWriter(GroupCommitter& committer, std::function<void()> done = nullptr) {
    std::promise<void> running;
    committer.Submit(
        [this, &running](Database&) {
          running.set_value();
          release_.wait();
          return Status::Ok();
        },
        [done = std::move(done)](const Status&) {
          if (done) done();
        });
    running.get_future().wait();
  }
  void ReleaseWriter() { release_promise_.set_value(); }

  // Submits a job whose outcome lands in `outcomes[i]`.
  static void SubmitInto(GroupCommitter& committer, GroupCommitter::Work work,
                         std::vector<std::promise<Status>>& outcomes, std::size_t i) {
    committer.Submit(std::move(work), [&outcomes, i](const Status& s) { outcomes[i].set_value(s); });
  }

  static inline int counter_ = 0;
  testing::FaultPlan plan_;
  std::promise<void> release_promise_;
  std::shared_future<void> release_ = release_promise_.get_future().share();
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

// Jobs queued while the writer is busy run as one group: one commit for all of them, and
// the one that fails in the middle rolls back alone.
TEST_P(GroupCommitterTest, AQueuedGroupCommitsOnceAndItsFailingJobRollsBackAlone) {
  constexpr std::size_t kJobs = 5;
  constexpr std::size_t kFailing = 2;
  GroupCommitter committer(*pool_, 16);
  HoldWriter(committer);
  std::vector<std::promise<Status>> outcomes(kJobs);
  for (std::size_t i = 0; i < kJobs; ++i) {
    const auto n = static_cast<std::int64_t>(100 + i);
    if (i != kFailing) {
      SubmitInto(committer, InsertRow(n), outcomes, i);
      continue;
    }
    // Writes its own row, then fails on a duplicate of the first job's: neither may stay.
    SubmitInto(
        committer,
        [n](Database& db) {
          SW_RETURN_IF_ERROR(db.Execute("INSERT INTO gc_rows (n) VALUES (?)", {n}).status());
          return db.Execute("INSERT INTO gc_rows (n) VALUES (100)").status();
        },
        outcomes, i);
  }
  ReleaseWriter();

  for (std::size_t i = 0; i < kJobs; ++i) {
    Status s = outcomes[i].get_future().get();
    if (i == kFailing)
      EXPECT_EQ(s.code(), ErrorCode::kAlreadyExists) << s.ToString();
    else
      EXPECT_TRUE(s.ok()) << "job " << i << ": " << s.ToString();
  }
  EXPECT_EQ(CountRows(), static_cast<std::int64_t>(kJobs - 1));
  EXPECT_EQ(CountRows("n = 102"), 0);
  // The held job's group and the queued group: one commit each.
  EXPECT_EQ(committer.groups_committed(), 2u);
  EXPECT_EQ(committer.jobs_committed(), 1 + kJobs);
  EXPECT_EQ(plan_.CountSeen("^COMMIT$"), 2);
}

// A group whose commit fails acknowledges none of its jobs and leaves nothing behind; the
// writer goes on with the next group.
TEST_P(GroupCommitterTest, AFailedCommitFailsEveryJobOfTheGroupAndTheWriterGoesOn) {
  constexpr std::size_t kJobs = 4;
  GroupCommitter committer(*pool_, 16);
  // Armed once the held job's group has committed, so it is the queued group's commit that fails.
  HoldWriter(committer, [this] { plan_.FailCommit(ErrorCode::kUnavailable); });
  std::vector<std::promise<Status>> outcomes(kJobs);
  for (std::size_t i = 0; i < kJobs; ++i)
    SubmitInto(committer, InsertRow(static_cast<std::int64_t>(200 + i)), outcomes, i);
  ReleaseWriter();

  for (std::size_t i = 0; i < kJobs; ++i) {
    Status s = outcomes[i].get_future().get();
    EXPECT_EQ(s.code(), ErrorCode::kUnavailable) << "job " << i << ": " << s.ToString();
  }
  EXPECT_EQ(plan_.injected(), 1);
  EXPECT_EQ(CountRows(), 0);
  EXPECT_EQ(committer.groups_committed(), 1u);  // the held job's group only

  EXPECT_TRUE(committer.Run(InsertRow(300)).ok());
  EXPECT_EQ(CountRows(), 1);
  EXPECT_EQ(CountRows("n = 300"), 1);
}

// A statement that fails on the connection (not because of the job's own data) fails only
// the job that ran it.
TEST_P(GroupCommitterTest, AnUnavailableStatementFailsOnlyTheJobThatRanIt) {
  GroupCommitter committer(*pool_, 16);
  HoldWriter(committer);
  std::vector<std::promise<Status>> outcomes(3);
  plan_.FailMatching("^INSERT INTO gc_rows .*/\\* second \\*/", ErrorCode::kUnavailable);
  SubmitInto(committer, InsertRow(1), outcomes, 0);
  SubmitInto(
      committer,
      [](Database& db) { return db.Execute("INSERT INTO gc_rows (n) VALUES (2) /* second */").status(); },
      outcomes, 1);
  SubmitInto(committer, InsertRow(3), outcomes, 2);
  ReleaseWriter();

  EXPECT_TRUE(outcomes[0].get_future().get().ok());
  EXPECT_EQ(outcomes[1].get_future().get().code(), ErrorCode::kUnavailable);
  EXPECT_TRUE(outcomes[2].get_future().get().ok());
  EXPECT_EQ(CountRows(), 2);
  EXPECT_EQ(CountRows("n = 2"), 0);
}

SANWANG_INSTANTIATE_BACKENDS(GroupCommitterTest);

}  // namespace
}  // namespace sanwang::store
