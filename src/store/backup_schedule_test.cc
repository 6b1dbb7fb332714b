#include "store/backup_schedule.h"

#include <gtest/gtest.h>

namespace sanwang::store {
namespace {

UnixSeconds At(const char* iso) { return *ParseIso8601(iso); }

TEST(BackupScheduleTest, DailyBackupIsDueAtItsShanghaiTime) {
  BackupSettings daily;
  daily.daily_minute = 2 * 60 + 30;
  EXPECT_EQ(NextBackupTime(daily, At("2026-12-05T01:00:00+08:00")), At("2026-12-05T02:30:00+08:00"));
  // At the minute itself the next one is tomorrow's, so one minute never gives two backups.
  EXPECT_EQ(NextBackupTime(daily, At("2026-12-05T02:30:00+08:00")), At("2026-12-06T02:30:00+08:00"));
  EXPECT_EQ(NextBackupTime(daily, At("2026-12-31T23:59:00+08:00")), At("2027-01-01T02:30:00+08:00"));
  // 02:30 in Shanghai is 18:30 UTC of the day before.
  EXPECT_EQ(NextBackupTime(daily, At("2026-12-05T18:00:00Z")), At("2026-12-06T02:30:00+08:00"));
}

TEST(BackupScheduleTest, EveryFewHoursCountsFromLocalMidnight) {
  BackupSettings hourly;
  hourly.every_hours = 6;
  EXPECT_EQ(NextBackupTime(hourly, At("2026-12-05T05:59:59+08:00")), At("2026-12-05T06:00:00+08:00"));
  EXPECT_EQ(NextBackupTime(hourly, At("2026-12-05T06:00:00+08:00")), At("2026-12-05T12:00:00+08:00"));
  EXPECT_EQ(NextBackupTime(hourly, At("2026-12-05T22:10:00+08:00")), At("2026-12-06T00:00:00+08:00"));
  hourly.every_hours = 5;  // 00, 05, 10, 15, 20 and then midnight again, not 01:00
  EXPECT_EQ(NextBackupTime(hourly, At("2026-12-05T21:00:00+08:00")), At("2026-12-06T00:00:00+08:00"));
}

TEST(BackupScheduleTest, FileNamesCarryTheLocalTimeAndSortAsTimesDo) {
  const std::string name = BackupFileName(At("2026-12-05T02:30:07+08:00"));
  EXPECT_EQ(name, "sanwang-20261205-023007.swbak");
  EXPECT_TRUE(IsScheduledBackupName(name));
  EXPECT_LT(BackupFileName(At("2026-12-05T23:00:00+08:00")), BackupFileName(At("2026-12-06T01:00:00+08:00")));
  EXPECT_FALSE(IsScheduledBackupName("sanwang-20261205-0230.swbak"));
  EXPECT_FALSE(IsScheduledBackupName("sanwang-2026120x-023007.swbak"));
  EXPECT_FALSE(IsScheduledBackupName("manual-before-upgrade.swbak"));
}

TEST(BackupScheduleTest, RetentionRemovesTheOldestBeyondKeepAndNothingElse) {
  std::vector<std::string> names = {
      "sanwang-20261203-023000.swbak", "notes.txt",
      "sanwang-20261205-023000.swbak", "sanwang-20261201-023000.swbak",
      "before-upgrade.swbak",          "sanwang-20261204-023000.swbak",
      "sanwang-20261202-023000.swbak",
  };
  EXPECT_EQ(BackupsToRemove(names, 3),
            (std::vector<std::string>{"sanwang-20261201-023000.swbak", "sanwang-20261202-023000.swbak"}));
  EXPECT_TRUE(BackupsToRemove(names, 5).empty());
  EXPECT_TRUE(BackupsToRemove(names, 9).empty());
  EXPECT_EQ(BackupsToRemove(names, 1).size(), 4u);
  EXPECT_EQ(BackupsToRemove(names, 1).back(), "sanwang-20261204-023000.swbak");
}

}  // namespace
}  // namespace sanwang::store
