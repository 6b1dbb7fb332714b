#include "cli/scheduled_backup.h"

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include <chrono>
#include <filesystem>

#include "store/backup.h"
#include "store/backup_schedule.h"

namespace sanwang::cli {

Result<std::string> ScheduledBackup(const Config& config, UnixSeconds now) {
  const std::filesystem::path folder = config.backup.directory;
  std::error_code error;
  std::filesystem::create_directories(folder, error);
  if (error) {
    return Internal(fmt::format("无法创建备份目录 cannot create the backup folder {}: {}", folder.string(),
                                error.message()));
  }
  const std::filesystem::path file = folder / store::BackupFileName(now);
  auto quiet = [](const std::string&) {};
  SW_RETURN_IF_ERROR(store::BackupDatabase(config.db_url, file, FormatIso8601(now), quiet).status());
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    names.push_back(entry.path().filename().string());
  }
  for (const std::string& old : store::BackupsToRemove(names, config.backup.keep)) {
    std::filesystem::remove(folder / old, error);
    if (error) spdlog::warn("backup: cannot remove {}: {}", (folder / old).string(), error.message());
  }
  return file.string();
}

BackupTimer::BackupTimer(const Config& config, const Clock& clock) : config_(config), clock_(clock) {
  if (!config_.backup.directory.empty()) thread_ = std::thread([this] { Loop(); });
}

BackupTimer::~BackupTimer() {
  if (!thread_.joinable()) return;
  {
    MutexLock lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void BackupTimer::Loop() {
  MutexLock lock(mutex_);
  while (true) {
    const UnixSeconds due = store::NextBackupTime(config_.backup, clock_.Now());
    spdlog::info("backup: next at {}", FormatIso8601(due));
    // The wall clock, not a steady one: the schedule is a time of day.
    const auto until = std::chrono::system_clock::time_point(std::chrono::seconds(due));
    while (!stop_ && wake_.wait_until(lock, until) == std::cv_status::no_timeout) {
    }
    if (stop_) return;
    lock.unlock();
    Result<std::string> written = ScheduledBackup(config_, clock_.Now());
    if (written.ok()) {
      spdlog::info("backup: wrote {}", *written);
    } else {
      spdlog::error("backup: {}", written.status().ToString());
    }
    lock.lock();
  }
}

}  // namespace sanwang::cli
