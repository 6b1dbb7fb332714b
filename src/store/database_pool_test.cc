#include "store/database_pool.h"

#include <gtest/gtest.h>

#include <atomic>

#include "store/group_committer.h"
#include "testing/test_databases.h"

namespace sanwang::store {
namespace {

using std::chrono::milliseconds;

// A connection the test loses and restores by hand, counting attempts to reopen it.
struct ServerState {
  bool up = true;
  int attempts = 0;
};

class LosableDatabase final : public Database {
 public:
  explicit LosableDatabase(ServerState& server) : server_(server) {}
  void Lose() { lost_ = true; }

  Dialect dialect() const override { return Dialect::kPostgres; }
  Result<std::int64_t> Execute(std::string_view, const SqlParams&) override {
    if (lost_) return Unavailable("connection lost");
    return std::int64_t{0};
  }
  Result<std::vector<Row>> Query(std::string_view, const SqlParams&) override {
    if (lost_) return Unavailable("connection lost");
    return std::vector<Row>{};
  }
  Status ExecuteScript(std::string_view) override { return Execute("", {}).status(); }
  bool Usable() override { return !lost_; }
  Status Reconnect() override {
    ++server_.attempts;
    if (!server_.up) return Unavailable("connection refused");
    lost_ = false;
    return Status::Ok();
  }

 protected:
  Status BeginWrite() override { return Execute("BEGIN", {}).status(); }

 private:
  ServerState& server_;
  bool lost_ = false;
};

class PoolReconnectTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto db = std::make_unique<LosableDatabase>(server_);
    connection_ = db.get();
    std::vector<std::unique_ptr<Database>> connections;
    connections.push_back(std::move(db));
    PoolOptions options;
    options.first_retry = milliseconds(200);
    options.longest_retry = milliseconds(1000);
    options.now = [this] { return now_; };
    pool_ = DatabasePool::Adopt(std::move(connections), options);
  }

  bool LeaseWorks() { return pool_->Acquire()->Execute("SELECT 1").ok(); }

  ServerState server_;
  LosableDatabase* connection_ = nullptr;
  std::chrono::steady_clock::time_point now_{std::chrono::seconds(5000)};
  std::unique_ptr<DatabasePool> pool_;
};

TEST_F(PoolReconnectTest, ALostConnectionIsReopenedBeforeItIsLeased) {
  ASSERT_TRUE(LeaseWorks());
  connection_->Lose();
  EXPECT_TRUE(LeaseWorks());
  EXPECT_EQ(server_.attempts, 1);
  EXPECT_EQ(pool_->reconnects(), 1u);
}

TEST_F(PoolReconnectTest, WhileTheServerIsDownLeasesFailFastAndAttemptsWaitForTheBackoff) {
  connection_->Lose();
  server_.up = false;
  for (int i = 0; i < 10; ++i) EXPECT_FALSE(LeaseWorks());
  EXPECT_EQ(server_.attempts, 1);
  now_ += milliseconds(199);
  EXPECT_FALSE(LeaseWorks());
  EXPECT_EQ(server_.attempts, 1);
  now_ += milliseconds(1);
  EXPECT_FALSE(LeaseWorks());
  EXPECT_EQ(server_.attempts, 2);  // the next wait is 400 ms
  server_.up = true;
  now_ += milliseconds(399);
  EXPECT_FALSE(LeaseWorks());
  now_ += milliseconds(1);
  EXPECT_TRUE(LeaseWorks());
  EXPECT_EQ(server_.attempts, 3);
  EXPECT_EQ(pool_->failed_reconnects(), 2u);
}

// On the shared PostgreSQL test server: the backend serving a pooled connection is
// terminated, as a restart or an administrator would; the next lease must work.
class PostgresPoolTest : public ::testing::Test {
 protected:
  void SetUp() override {
    test_db_ = testing::TestDatabase::Create("postgres");
    if (!test_db_ && HasFailure()) GTEST_FAIL() << "PostgreSQL is required but not available";
    if (!test_db_) GTEST_SKIP() << "PostgreSQL is not configured";
    auto pool = DatabasePool::Open(test_db_->url(), 1);
    ASSERT_TRUE(pool.ok()) << pool.status().ToString();
    pool_ = std::move(pool).value();
  }

  std::int64_t BackendPid() {
    auto rows = pool_->Acquire()->Query("SELECT pg_backend_pid()");
    EXPECT_TRUE(rows.ok()) << rows.status().ToString();
    return rows.ok() ? (*rows)[0].Int(0) : 0;
  }

  // Waits (up to 5 s, on the server) until the backend has exited.
  void Terminate(std::int64_t pid) {
    auto rows = test_db_->db().Query("SELECT pg_terminate_backend(?, 5000)", {pid});
    ASSERT_TRUE(rows.ok()) << rows.status().ToString();
    ASSERT_EQ((*rows)[0].Int(0), 1);
  }

  std::unique_ptr<testing::TestDatabase> test_db_;
  std::unique_ptr<DatabasePool> pool_;
};

TEST_F(PostgresPoolTest, AConnectionWhoseBackendWasTerminatedIsReplacedAtTheNextLease) {
  std::int64_t pid = BackendPid();
  Terminate(pid);
  auto rows = pool_->Acquire()->Query("SELECT pg_backend_pid()");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  EXPECT_NE((*rows)[0].Int(0), pid);
  EXPECT_EQ(pool_->reconnects(), 1u);
}

TEST_F(PostgresPoolTest, AStatementOnAConnectionLostMidRequestFailsAsUnavailable) {
  auto lease = pool_->Acquire();
  auto rows = lease->Query("SELECT pg_backend_pid()");
  ASSERT_TRUE(rows.ok());
  Terminate((*rows)[0].Int(0));
  auto failed = lease->Query("SELECT 1");
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.status().code(), ErrorCode::kUnavailable) << failed.status().ToString();
  EXPECT_FALSE(lease->Usable());
}

TEST_F(PostgresPoolTest, TheGroupCommitterWritesAgainAfterItsConnectionWasLost) {
  ASSERT_TRUE(test_db_->db().ExecuteScript("CREATE TABLE pool_rows (n INTEGER PRIMARY KEY)").ok());
  GroupCommitter committer(*pool_);
  auto insert = [](std::int64_t n) {
    return [n](Database& db) { return db.Execute("INSERT INTO pool_rows (n) VALUES (?)", {n}).status(); };
  };
  ASSERT_TRUE(committer.Run(insert(1)).ok());
  Terminate(BackendPid());
  Status after = committer.Run(insert(2));
  EXPECT_TRUE(after.ok()) << after.ToString();
  auto rows = test_db_->db().Query("SELECT count(*) FROM pool_rows");
  ASSERT_TRUE(rows.ok());
  EXPECT_EQ((*rows)[0].Int(0), 2);
}

}  // namespace
}  // namespace sanwang::store
