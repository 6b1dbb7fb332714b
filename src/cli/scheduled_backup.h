// The server's scheduled backups (the configuration's [backup] table, core/backup_settings.h):
// ScheduledBackup writes one file into the folder and prunes the folder to `keep`
// (store/backup_schedule.h); BackupTimer runs it on its own thread whenever one is due, so
// the HTTP server never waits for it. SQLite's copy needs no lock the writers wait on, and
// PostgreSQL's reads in a snapshot. BackupTimer is owned by `sanwang serve`; its destructor
// stops the thread (after a backup under way finishes).
#pragma once

#include <condition_variable>
#include <string>
#include <thread>

#include "core/clock.h"
#include "core/config.h"
#include "core/mutex.h"
#include "core/status.h"

namespace sanwang::cli {

// Backs up `config.db_url` into config.backup.directory as taken at `now`, then removes the
// oldest of the folder's scheduled backups beyond config.backup.keep. Returns the new
// file's path. A failed backup removes nothing.
Result<std::string> ScheduledBackup(const Config& config, UnixSeconds now);

class BackupTimer {
 public:
  // Starts the thread when config.backup.directory is set; otherwise does nothing.
  BackupTimer(const Config& config, const Clock& clock);
  ~BackupTimer();
  BackupTimer(const BackupTimer&) = delete;
  BackupTimer& operator=(const BackupTimer&) = delete;

 private:
  void Loop();

  const Config config_;
  const Clock& clock_;
  Mutex mutex_;
  std::condition_variable_any wake_;
  bool stop_ SW_GUARDED_BY(mutex_) = false;
  std::thread thread_;
};

}  // namespace sanwang::cli
