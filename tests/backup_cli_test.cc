// `sanwang backup` and `sanwang restore` as an operator runs them: the real binary on a
// district, on SQLite (files) and on PostgreSQL (a schema each). A backup restored into
// an empty database gives every table back row for row; a non-empty target, a file of a
// newer schema and a damaged file are refused and change nothing; and a SQLite backup taken
// while a writer keeps writing restores into a sound database whose audit chain verifies.
#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <thread>

#include "core/files.h"
#include "store/backup_file.h"
#include "store/migrations.h"
#include "store/security_repository.h"
#include "store/store_test_fixture.h"
#include "testing/command_run.h"
#include "testing/test_databases.h"

namespace sanwang {
namespace {

testing::CommandOutcome Sanwang(const std::string& url, const std::string& args) {
  return testing::RunSanwang(SANWANG_BINARY, url, args);
}

std::vector<std::string> Tables(store::Database& db) {
  const char* sql =
      db.dialect() == store::Dialect::kSqlite
          ? "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
          : "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename";
  auto rows = db.Query(sql);
  EXPECT_TRUE(rows.ok()) << rows.status().ToString();
  std::vector<std::string> tables;
  for (const store::Row& r : *rows) tables.push_back(r.Text(0));
  return tables;
}

// Every row of `table` as text, in the order of all its columns.
std::vector<std::string> RowsOf(store::Database& db, const std::string& table) {
  auto probe = db.Query("SELECT * FROM \"" + table + "\" LIMIT 1");
  EXPECT_TRUE(probe.ok()) << table;
  std::size_t columns = probe->empty() ? 1 : probe->at(0).size();
  std::string order;
  for (std::size_t i = 1; i <= columns; ++i) order += (i == 1 ? "" : ", ") + std::to_string(i);
  auto all = db.Query("SELECT * FROM \"" + table + "\" ORDER BY " + order);
  EXPECT_TRUE(all.ok()) << table << ": " << all.status().ToString();
  std::vector<std::string> rows;
  for (const store::Row& r : *all) {
    std::string line;
    for (std::size_t i = 0; i < r.size(); ++i)
      line += (r.IsNull(i) ? "NULL" : r.Text(i) + "/" + r.Bytes(i)) + "\x1f";
    rows.push_back(std::move(line));
  }
  return rows;
}

class BackupCliTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    source_ = testing::TestDatabase::Create(GetParam(), testing::TestDatabase::Reach::kOtherConnections);
    if (!source_ && HasFailure()) GTEST_FAIL() << GetParam() << " is required but not available";
    if (!source_) GTEST_SKIP() << GetParam() << " is not configured";
    // A parameterized test's name ends in "/sqlite" or "/postgres": one folder, not two levels
    // of which TearDown would remove only the inner one.
    std::string test = ::testing::UnitTest::GetInstance()->current_test_info()->name();
    std::replace(test.begin(), test.end(), '/', '-');
    folder_ = std::filesystem::temp_directory_path() /
              ("sanwang-backup-cli-" + std::to_string(getpid()) + "-" + test);
    std::filesystem::remove_all(folder_);
    std::filesystem::create_directories(folder_);
    if (GetParam() == "sqlite") {
      target_url_ = "sqlite:" + (folder_ / "restored.db").string();
    } else {
      empty_ = testing::TestDatabase::CreateEmpty(GetParam());
      target_url_ = empty_->url();
    }
  }
  void TearDown() override {
    if (!folder_.empty()) std::filesystem::remove_all(folder_);
  }

  std::string BackupFile() const { return (folder_ / "district.swbak").string(); }
  std::unique_ptr<store::Database> Open(const std::string& url) {
    auto db = store::OpenDatabase(url);
    EXPECT_TRUE(db.ok()) << db.status().ToString();
    return std::move(*db);
  }
  std::size_t TargetTables() {
    if (GetParam() == "sqlite" && !std::filesystem::exists(folder_ / "restored.db")) return 0;
    return Tables(*Open(target_url_)).size();
  }
  // The demo district on SQLite; on PostgreSQL, where the demo takes minutes, the
  // divisions, cases with their events, an audit chain and a classifier model (a blob and a
  // double that must come back to the bit).
  void BuildDistrict() {
    if (GetParam() == "sqlite") {
      testing::CommandOutcome demo = Sanwang(source_->url(), "demo --cases 40");
      ASSERT_EQ(demo.status, 0) << demo.output;
      return;
    }
    testing::CommandOutcome divisions =
        Sanwang(source_->url(), "import divisions " + testing::SourceDir() + "/data/divisions");
    ASSERT_EQ(divisions.status, 0) << divisions.output;
    store::Database& db = source_->db();
    for (int i = 0; i < 20; ++i) {
      ASSERT_TRUE(
          store::InsertMinimalCase(db, "楼道堆物 " + std::to_string(i), i % 2 ? "resolved" : "accepted")
              .ok());
    }
    for (int i = 0; i < 30; ++i) {
      store::AuditRecord r;
      r.district_code = "411002";
      r.at = 1796000400 + i;
      r.username = "admin";
      r.action = "PUT /api/v1/users/{id}";
      r.outcome = "ok";
      r.detail = "change " + std::to_string(i);
      ASSERT_TRUE(store::SecurityRepository(db).Audit(r).ok());
    }
    ASSERT_TRUE(
        db.Execute("INSERT INTO classifier_models (district_code, version, kind, created_at, labels, "
                   "training_rows, cv_accuracy, model) VALUES ('411002', 1, 'nb', 1796000400, 3, 90, ?, ?)",
                   {0.1 + 0.2, store::Blob{std::string("\0\x01\xff model", 10)}})
            .ok());
  }

  std::unique_ptr<testing::TestDatabase> source_;
  std::unique_ptr<testing::TestDatabase> empty_;
  std::filesystem::path folder_;
  std::string target_url_;
};

TEST_P(BackupCliTest, ARestoredBackupHoldsEveryTableRowForRow) {
  BuildDistrict();
  testing::CommandOutcome backup = Sanwang(source_->url(), "backup " + BackupFile());
  ASSERT_EQ(backup.status, 0) << backup.output;
  EXPECT_NE(backup.output.find("backup written"), std::string::npos) << backup.output;
  EXPECT_NE(backup.output.find("cases: "), std::string::npos) << "a line per table: " << backup.output;
  auto header = store::ReadVerifiedBackupHeader(BackupFile());
  ASSERT_TRUE(header.ok()) << header.status().ToString();
  EXPECT_EQ(header->engine, GetParam() == "sqlite" ? "sqlite" : "postgresql");
  EXPECT_EQ(header->streams.size(), store::MigrationStreams().size());
  EXPECT_EQ(header->streams.at(0), std::make_pair(std::string("core"), store::LatestSchemaVersion("core")));

  testing::CommandOutcome restore = Sanwang(target_url_, "restore " + BackupFile());
  ASSERT_EQ(restore.status, 0) << restore.output;
  EXPECT_NE(restore.output.find("restored"), std::string::npos) << restore.output;

  auto restored = Open(target_url_);
  const std::vector<std::string> tables = Tables(source_->db());
  ASSERT_EQ(Tables(*restored), tables);
  std::size_t rows = 0;
  for (const std::string& table : tables) {
    const std::vector<std::string> expected = RowsOf(source_->db(), table);
    EXPECT_EQ(RowsOf(*restored, table), expected) << table;
    rows += expected.size();
  }
  EXPECT_GT(rows, 100u) << "the district fills the tables";
  if (GetParam() == "postgres") {
    auto model = restored->Query("SELECT cv_accuracy, model FROM classifier_models");
    ASSERT_TRUE(model.ok() && model->size() == 1u);
    EXPECT_EQ(model->at(0).Real(0), 0.1 + 0.2);  // to the bit
    EXPECT_EQ(model->at(0).Bytes(1), std::string("\0\x01\xff model", 10));
  }
  testing::CommandOutcome audit = Sanwang(target_url_, "audit verify");
  EXPECT_EQ(audit.status, 0) << audit.output;
  // The restored database numbers new rows after the old ones (PostgreSQL's identities).
  store::AuditRecord r;
  r.district_code = "411002";
  r.at = 1796000400;
  r.username = "admin";
  r.action = "POST /api/v1/backup-check";
  r.outcome = "ok";
  EXPECT_TRUE(store::SecurityRepository(*restored).Audit(r).ok());
}

TEST_P(BackupCliTest, ANonEmptyTargetIsRefusedAndKeepsItsRows) {
  ASSERT_EQ(Sanwang(source_->url(), "import divisions " + testing::SourceDir() + "/data/divisions").status,
            0);
  ASSERT_EQ(Sanwang(source_->url(), "backup " + BackupFile()).status, 0);
  const std::vector<std::string> before = RowsOf(source_->db(), "units");
  ASSERT_FALSE(before.empty());
  testing::CommandOutcome restore = Sanwang(source_->url(), "restore " + BackupFile());
  EXPECT_EQ(restore.status, 1) << restore.output;
  EXPECT_NE(restore.output.find("目标数据库不是空的"), std::string::npos) << restore.output;
  EXPECT_NE(restore.output.find("restore writes only into an empty database"), std::string::npos)
      << restore.output;
  EXPECT_EQ(RowsOf(source_->db(), "units"), before);
}

TEST_P(BackupCliTest, AFileOfANewerSchemaIsRefused) {
  ASSERT_EQ(Sanwang(source_->url(), "backup " + BackupFile()).status, 0);
  auto header = store::ReadVerifiedBackupHeader(BackupFile());
  ASSERT_TRUE(header.ok());
  // The same payload under a header one core version ahead, its checksum made anew.
  const std::string payload = (folder_ / "payload").string();
  ASSERT_TRUE(store::ExtractBackupPayload(BackupFile(), payload).ok());
  header->streams.at(0).second = store::LatestSchemaVersion("core") + 1;
  const std::string newer = (folder_ / "newer.swbak").string();
  ASSERT_TRUE(store::WriteBackupFile(newer, *header, payload).ok());

  testing::CommandOutcome restore = Sanwang(target_url_, "restore " + newer);
  EXPECT_EQ(restore.status, 1) << restore.output;
  EXPECT_NE(restore.output.find("is newer than this program"), std::string::npos) << restore.output;
  EXPECT_NE(restore.output.find("请升级"), std::string::npos) << restore.output;
  EXPECT_EQ(TargetTables(), 0u);

  header->streams.emplace_back("campaigns", 1);  // a stream this build does not have
  header->streams.at(0).second = store::LatestSchemaVersion("core");
  ASSERT_TRUE(store::WriteBackupFile(newer, *header, payload).ok());
  restore = Sanwang(target_url_, "restore " + newer);
  EXPECT_EQ(restore.status, 1) << restore.output;
  EXPECT_NE(restore.output.find("module campaigns, which this program does not know"), std::string::npos)
      << restore.output;
  EXPECT_EQ(TargetTables(), 0u);
}

TEST_P(BackupCliTest, ADamagedFileIsRefused) {
  ASSERT_EQ(Sanwang(source_->url(), "backup " + BackupFile()).status, 0);
  const std::string bytes = *ReadFileToString(BackupFile());

  std::string flipped = bytes;
  flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x20);
  ASSERT_TRUE(WriteFileAtomically(BackupFile(), flipped).ok());
  testing::CommandOutcome restore = Sanwang(target_url_, "restore " + BackupFile());
  EXPECT_EQ(restore.status, 1) << restore.output;
  EXPECT_NE(restore.output.find("备份文件已损坏"), std::string::npos) << restore.output;
  EXPECT_NE(restore.output.find("the checksum does not match"), std::string::npos) << restore.output;
  EXPECT_EQ(TargetTables(), 0u);

  ASSERT_TRUE(WriteFileAtomically(BackupFile(), bytes.substr(0, bytes.size() * 2 / 3)).ok());
  restore = Sanwang(target_url_, "restore " + BackupFile());
  EXPECT_EQ(restore.status, 1) << restore.output;
  EXPECT_NE(restore.output.find("the file is cut off"), std::string::npos) << restore.output;
  EXPECT_EQ(TargetTables(), 0u);
}

INSTANTIATE_TEST_SUITE_P(Backends, BackupCliTest, ::testing::ValuesIn(testing::kBackends),
                         [](const auto& backend) { return backend.param; });

// A writer appends to the audit chain, each entry its own commit, while backups are taken.
TEST(BackupWhileWritingTest, ASqliteBackupUnderWritesIsConsistent) {
  auto source = testing::TestDatabase::Create("sqlite", testing::TestDatabase::Reach::kOtherConnections);
  const std::filesystem::path folder =
      std::filesystem::temp_directory_path() / ("sanwang-backup-writing-" + std::to_string(getpid()));
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  std::atomic<bool> stop{false};
  std::atomic<int> written{0};
  std::thread writer([&] {
    auto db = store::OpenDatabase(source->url());
    ASSERT_TRUE(db.ok());
    while (!stop) {
      store::AuditRecord r;
      r.district_code = "411002";  // the default configuration's district
      r.at = 1796000400 + written;
      r.username = "admin";
      r.action = "PUT /api/v1/users/{id}";
      r.outcome = "ok";
      r.detail = "change " + std::to_string(written.load());
      ASSERT_TRUE(store::SecurityRepository(**db).Audit(r).ok());
      ++written;
    }
  });
  while (written < 20) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  const std::string file = (folder / "live.swbak").string();
  testing::CommandOutcome backup = Sanwang(source->url(), "backup " + file);
  const int before_end = written;
  while (written < before_end + 20) std::this_thread::sleep_for(std::chrono::milliseconds(5));
  stop = true;
  writer.join();
  ASSERT_EQ(backup.status, 0) << backup.output;

  const std::string target = "sqlite:" + (folder / "restored.db").string();
  testing::CommandOutcome restore = Sanwang(target, "restore " + file);
  ASSERT_EQ(restore.status, 0) << restore.output;
  auto restored = store::OpenDatabase(target);
  ASSERT_TRUE(restored.ok());
  EXPECT_EQ((*restored)->Query("PRAGMA integrity_check")->at(0).Text(0), "ok");
  const std::int64_t entries = (*restored)->Query("SELECT COUNT(*) FROM audit_log")->at(0).Int(0);
  EXPECT_GE(entries, 20);
  EXPECT_LT(entries, written.load()) << "the backup is of a moment while the writer went on";
  testing::CommandOutcome verify = Sanwang(target, "audit verify");
  EXPECT_EQ(verify.status, 0) << verify.output;
  EXPECT_NE(verify.output.find("the audit chain is intact"), std::string::npos) << verify.output;
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace sanwang
