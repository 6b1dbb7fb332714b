// The database server restarts under load (DESIGN.md §7): writers go through the group
// committer and readers through the pool while a throw-away PostgreSQL cluster of this
// test's own is restarted (a fast shutdown) and then killed with SIGKILL and started
// again. Requests during an outage must fail as Unavailable (HTTP 503), every write
// acknowledged before, during or after must be in the table, and service must resume by
// itself once the server is back, with nothing restarted on Sanwang's side.
//
// Needs the PostgreSQL 15 server binaries; skipped without them, unless
// SANWANG_REQUIRE_PG=1, which makes their absence a failure.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <mutex>
#include <set>
#include <thread>

#include "store/database_pool.h"
#include "store/group_committer.h"
#include "testing/command_run.h"
#include "testing/test_databases.h"

namespace sanwang {
namespace {

using namespace std::chrono_literals;

const std::filesystem::path kPgBin = "/usr/lib/postgresql/15/bin";

int FreePort() {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  EXPECT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  EXPECT_EQ(getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length), 0);
  close(fd);
  return ntohs(address.sin_port);
}

// A cluster of its own, so that restarting it disturbs no other test.
class Cluster {
 public:
  Cluster()
      : dir_(std::filesystem::temp_directory_path() / ("sanwang-restart-" + std::to_string(getpid()))),
        port_(FreePort()) {}
  ~Cluster() { (void)Run("stop " + dir_.string()); }

  bool Start() {
    url_ = Run("start " + dir_.string() + " " + std::to_string(port_));
    return url_.rfind("postgresql://", 0) == 0;
  }
  bool Restart() { return Run("restart " + dir_.string()) == "ok"; }
  bool Kill() { return Run("kill " + dir_.string()) == "ok"; }
  const std::string& url() const { return url_; }

 private:
  // The script's first line of output, or "ok" when it printed nothing and succeeded.
  static std::string Run(const std::string& args) {
    testing::CommandOutcome run =
        testing::RunCommand("bash " + testing::SourceDir() + "/scripts/pg-test-cluster.sh " + args);
    std::string text = run.output.empty() ? "ok" : run.FirstLine();
    return run.status == 0 ? text : "failed: " + text;
  }

  std::filesystem::path dir_;
  int port_;
  std::string url_;
};

// Writers and a reader running until stopped, counting what succeeded and keeping every
// failure and every acknowledged row.
class Load {
 public:
  Load(store::DatabasePool& pool, store::GroupCommitter& committer) : pool_(pool), committer_(committer) {
    for (int i = 0; i < 3; ++i) threads_.emplace_back([this] { Write(); });
    threads_.emplace_back([this] { Read(); });
  }
  ~Load() { Stop(); }

  void Stop() {
    stop_ = true;
    for (auto& t : threads_) {
      if (t.joinable()) t.join();
    }
  }

  std::atomic<int> writes{0}, reads{0}, failures{0};

  std::set<std::int64_t> Acknowledged() {
    std::lock_guard<std::mutex> lock(mutex_);
    return acknowledged_;
  }
  std::vector<Status> Failures() {
    std::lock_guard<std::mutex> lock(mutex_);
    return failed_;
  }

 private:
  void Write() {
    while (!stop_) {
      std::int64_t n = ++next_;
      Status s = committer_.Run([n](store::Database& db) {
        return db.Execute("INSERT INTO restart_rows (n) VALUES (?)", {n}).status();
      });
      Record(s, n);
    }
  }

  void Read() {
    while (!stop_) {
      auto rows = pool_.Acquire()->Query("SELECT count(*) FROM restart_rows");
      Record(rows.status(), 0);
    }
  }

  void Record(const Status& s, std::int64_t written) {
    if (s.ok()) {
      if (written) {
        std::lock_guard<std::mutex> lock(mutex_);
        acknowledged_.insert(written);
        ++writes;
      } else {
        ++reads;
      }
      return;
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      if (failed_.size() < 10000) failed_.push_back(s);
    }
    ++failures;
    std::this_thread::sleep_for(1ms);  // the server is down: do not spin on two shared cores
  }

  store::DatabasePool& pool_;
  store::GroupCommitter& committer_;
  std::atomic<bool> stop_{false};
  std::atomic<std::int64_t> next_{0};
  std::mutex mutex_;
  std::set<std::int64_t> acknowledged_;  // guarded by mutex_
  std::vector<Status> failed_;           // guarded by mutex_
  std::vector<std::thread> threads_;
};

// Polls `done` until it holds; false if it still does not after a minute (a liveness
// bound against hanging, not a measurement).
bool Eventually(const std::function<bool()>& done) {
  auto give_up = std::chrono::steady_clock::now() + 60s;
  while (!done()) {
    if (std::chrono::steady_clock::now() > give_up) return false;
    std::this_thread::sleep_for(10ms);
  }
  return true;
}

class DatabaseRestartTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kPgBin / "pg_ctl")) {
      const char* required = std::getenv("SANWANG_REQUIRE_PG");
      if (required && std::string(required) == "1")
        GTEST_FAIL() << "PostgreSQL 15 binaries not found in " << kPgBin;
      GTEST_SKIP() << "PostgreSQL 15 binaries not found in " << kPgBin;
    }
    ASSERT_TRUE(cluster_.Start()) << cluster_.url();
    auto db = store::OpenDatabase(cluster_.url());
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    ASSERT_TRUE((*db)
                    ->ExecuteScript(
                        "DROP TABLE IF EXISTS restart_rows; CREATE TABLE restart_rows (n BIGINT PRIMARY KEY)")
                    .ok());
  }

  // Every write acknowledged is in the table, read on a connection opened afresh.
  void ExpectEveryAcknowledgedWriteIsThere(const std::set<std::int64_t>& acknowledged) {
    auto db = store::OpenDatabase(cluster_.url());
    ASSERT_TRUE(db.ok()) << db.status().ToString();
    auto rows = (*db)->Query("SELECT n FROM restart_rows");
    ASSERT_TRUE(rows.ok()) << rows.status().ToString();
    std::set<std::int64_t> stored;
    for (const auto& r : *rows) stored.insert(r.Int(0));
    std::size_t missing = 0;
    for (std::int64_t n : acknowledged) missing += stored.count(n) == 0;
    EXPECT_EQ(missing, 0u) << "of " << acknowledged.size() << " acknowledged writes";
  }

  Cluster cluster_;
};

TEST_F(DatabaseRestartTest, ServiceResumesByItselfAfterARestartAndAKilledPostmaster) {
  store::PoolOptions options;
  options.size = 3;
  options.first_retry = 50ms;
  options.longest_retry = 500ms;
  auto pool = store::DatabasePool::Open(cluster_.url(), options);
  ASSERT_TRUE(pool.ok()) << pool.status().ToString();
  // A second pool on a clock the test moves, to see that a down server is not hammered.
  std::chrono::steady_clock::time_point now{100s};
  store::PoolOptions still = options;
  still.size = 1;
  still.now = [&now] { return now; };
  auto probe = store::DatabasePool::Open(cluster_.url(), still);
  ASSERT_TRUE(probe.ok()) << probe.status().ToString();

  store::GroupCommitter committer(**pool);
  Load load(**pool, committer);
  ASSERT_TRUE(Eventually([&] { return load.writes >= 100 && load.reads >= 20; }));

  ASSERT_TRUE(cluster_.Restart());
  int writes = load.writes, reads = load.reads;
  EXPECT_TRUE(Eventually([&] { return load.writes >= writes + 100 && load.reads >= reads + 20; }))
      << "no service after a restart";

  int failures = load.failures;
  ASSERT_TRUE(cluster_.Kill());
  EXPECT_TRUE(Eventually([&] { return load.failures >= failures + 50; }))
      << "requests kept succeeding without a server";
  for (int i = 0; i < 20; ++i) {
    auto lease = (*probe)->Acquire();
    EXPECT_EQ(lease->Query("SELECT 1").status().code(), ErrorCode::kUnavailable);
  }
  EXPECT_EQ((*probe)->failed_reconnects(), 1u) << "one attempt while the clock stands still";

  ASSERT_TRUE(cluster_.Start());
  writes = load.writes, reads = load.reads;
  EXPECT_TRUE(Eventually([&] { return load.writes >= writes + 100 && load.reads >= reads + 20; }))
      << "no service after the postmaster was killed and started again";
  now += 1s;
  EXPECT_TRUE((*probe)->Acquire()->Query("SELECT 1").ok());
  load.Stop();

  std::vector<Status> failed = load.Failures();
  EXPECT_FALSE(failed.empty());
  for (const Status& s : failed) {
    EXPECT_EQ(s.code(), ErrorCode::kUnavailable) << s.ToString();
    if (s.code() != ErrorCode::kUnavailable) break;
  }
  ExpectEveryAcknowledgedWriteIsThere(load.Acknowledged());
}

}  // namespace
}  // namespace sanwang
