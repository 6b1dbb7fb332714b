#include "cli/scheduled_backup.h"

#include <gtest/gtest.h>

#include <set>

#include "core/files.h"
#include "store/backup_file.h"
#include "store/backup_schedule.h"
#include "store/migrations.h"

namespace sanwang::cli {
namespace {

std::set<std::string> NamesIn(const std::filesystem::path& folder) {
  std::set<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    names.insert(entry.path().filename().string());
  return names;
}

TEST(ScheduledBackupTest, WritesAVerifiedFileAndKeepsTheNewestOnly) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "scheduled_backup_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "backups");
  {
    auto db = store::OpenDatabase("sqlite:" + (dir / "sanwang.db").string());
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(store::Migrate(**db).ok());
  }
  const UnixSeconds now = *ParseIso8601("2026-12-05T02:30:00+08:00");
  for (int days = 1; days <= 3; ++days) {
    ASSERT_TRUE(
        WriteFileAtomically(dir / "backups" / store::BackupFileName(now - UnixSeconds{days} * 86400), "old")
            .ok());
  }
  ASSERT_TRUE(WriteFileAtomically(dir / "backups" / "before-upgrade.swbak", "kept by hand").ok());

  Config config;
  config.db_url = "sqlite:" + (dir / "sanwang.db").string();
  config.backup.directory = (dir / "backups").string();
  config.backup.keep = 2;
  Result<std::string> written = ScheduledBackup(config, now);
  ASSERT_TRUE(written.ok()) << written.status().ToString();

  EXPECT_EQ(*written, (dir / "backups" / "sanwang-20261205-023000.swbak").string());
  auto header = store::ReadVerifiedBackupHeader(*written);
  ASSERT_TRUE(header.ok()) << header.status().ToString();
  EXPECT_EQ(header->engine, "sqlite");
  EXPECT_EQ(header->created, "2026-12-05T02:30:00+08:00");
  EXPECT_EQ(NamesIn(dir / "backups"),
            (std::set<std::string>{"sanwang-20261205-023000.swbak", store::BackupFileName(now - 86400),
                                   "before-upgrade.swbak"}));
  std::filesystem::remove_all(dir);
}

TEST(ScheduledBackupTest, AFailedBackupRemovesNothing) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / "scheduled_backup_failed_test";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "backups");
  const UnixSeconds now = *ParseIso8601("2026-12-05T02:30:00+08:00");
  for (int days = 1; days <= 3; ++days) {
    ASSERT_TRUE(
        WriteFileAtomically(dir / "backups" / store::BackupFileName(now - UnixSeconds{days} * 86400), "old")
            .ok());
  }
  Config config;
  config.db_url = "sqlite:" + (dir / "missing.db").string();
  config.backup.directory = (dir / "backups").string();
  config.backup.keep = 1;
  EXPECT_FALSE(ScheduledBackup(config, now).ok());
  EXPECT_EQ(NamesIn(dir / "backups").size(), 3u);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sanwang::cli
