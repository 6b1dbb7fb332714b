// Scheduled backups as the configuration's [backup] table sets them (docs/architecture.md §7):
// where the server writes its backup files, when, and how many it keeps. The server's
// backup timer (cli/scheduled_backup.h) reads them; store/backup_schedule.h says when one is due
// and which old files go. A plain value.
#pragma once

#include <string>

namespace sanwang {

struct BackupSettings {
  // The folder the files go to, relative to the working directory; empty: no scheduled
  // backups.
  std::string directory;
  // Once a day at this minute after midnight, Asia/Shanghai time (the default 02:30) …
  int daily_minute = 2 * 60 + 30;
  // … or, when above 0, every this many hours instead.
  int every_hours = 0;
  // The newest this many files are kept; older ones are removed after a backup succeeds.
  int keep = 7;
};

}  // namespace sanwang
