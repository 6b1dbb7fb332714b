// The SQLite write-ahead log stays bounded under a stream of writes with a reader that
// never pauses: the writer checkpoints and empties it once it passes the limit.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <thread>

#include "store/group_committer.h"
#include "store/sqlite/sqlite_database.h"

namespace sanwang::store {
namespace {

constexpr std::int64_t kLimit = 512 << 10;

class WalLimitTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("sanwang-wal-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir_);
    path_ = (dir_ / "db.sqlite").string();
    std::vector<std::unique_ptr<Database>> connections;
    for (int i = 0; i < 3; ++i) {
      auto db = OpenSqlite(path_, SqliteOptions{kLimit});
      ASSERT_TRUE(db.ok()) << db.status().ToString();
      connections.push_back(std::move(db).value());
    }
    ASSERT_TRUE(connections[0]->ExecuteScript("CREATE TABLE rows (n INTEGER PRIMARY KEY, b BLOB)").ok());
    pool_ = DatabasePool::Adopt(std::move(connections), {});
  }
  void TearDown() override {
    pool_.reset();
    std::filesystem::remove_all(dir_);
  }

  std::int64_t WalBytes() {
    std::error_code error;
    auto size = std::filesystem::file_size(path_ + "-wal", error);
    return error ? 0 : static_cast<std::int64_t>(size);
  }

  std::filesystem::path dir_;
  std::string path_;
  std::unique_ptr<DatabasePool> pool_;
};

TEST_F(WalLimitTest, ManyWritesBesideABusyReaderKeepTheLogNearItsLimit) {
  std::atomic<bool> stop{false};
  std::thread reader([&] {
    while (!stop) (void)pool_->Acquire()->Query("SELECT count(*), sum(length(b)) FROM rows");
  });
  std::int64_t largest = 0;
  {
    GroupCommitter committer(*pool_, 64);
    const std::string blob(4000, 'x');
    for (int batch = 0; batch < 30; ++batch) {
      std::atomic<int> done{0};
      for (int i = 0; i < 64; ++i) {
        std::int64_t n = batch * 64 + i;
        committer.Submit(
            [n, &blob](Database& db) {
              return db.Execute("INSERT INTO rows VALUES (?, ?)", {n, Blob{blob}}).status();
            },
            [&done](const Status& s) { done += s.ok(); });
      }
      // Jobs run in order: once this one is done, the batch is on disk.
      ASSERT_TRUE(committer.Run([](Database&) { return Status::Ok(); }).ok());
      EXPECT_EQ(done.load(), 64);
      largest = std::max(largest, WalBytes());
    }
  }
  stop = true;
  reader.join();
  auto stored = pool_->Acquire()->Query("SELECT count(*) FROM rows");
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ((*stored)[0].Int(0), 30 * 64);  // about 8 MB written, 15 times the limit
  // One group (up to 64 rows of 4 KB) may land on top of a log just under the limit.
  EXPECT_LE(largest, 2 * kLimit);
  EXPECT_LE(WalBytes(), 2 * kLimit);
}

}  // namespace
}  // namespace sanwang::store
