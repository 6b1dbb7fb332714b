// When the server's scheduled backups run and which of their files it keeps
// (core/backup_settings.h, the [backup] table). Days and hours are Asia/Shanghai's. The
// timer (cli/scheduled_backup.h) names each file after its time, so names sort as times do, and
// after each successful backup removes the oldest of its own files beyond `keep`; files of
// other names in the folder are never touched. Pure functions; safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/backup_settings.h"
#include "core/time.h"

namespace sanwang::store {

// The first instant strictly after `now` at which a backup is due: the day's daily_at, or
// the next whole multiple of every_hours after local midnight (a day starts the count anew).
UnixSeconds NextBackupTime(const BackupSettings& settings, UnixSeconds now);

// "sanwang-20261205-023000.swbak" for a backup taken at `at`.
std::string BackupFileName(UnixSeconds at);

// Whether `name` is a name BackupFileName gives.
bool IsScheduledBackupName(std::string_view name);

// Of the scheduled backups among `names`, those to remove so that the newest `keep` remain,
// oldest first.
std::vector<std::string> BackupsToRemove(std::vector<std::string> names, int keep);

}  // namespace sanwang::store
