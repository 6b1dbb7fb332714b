#include "store/backup_schedule.h"

#include <fmt/format.h>

#include <algorithm>

namespace sanwang::store {
namespace {

constexpr UnixSeconds kDay = UnixSeconds{24} * 3600;
constexpr std::string_view kPrefix = "sanwang-";
constexpr std::string_view kSuffix = ".swbak";

}  // namespace

UnixSeconds NextBackupTime(const BackupSettings& settings, UnixSeconds now) {
  const UnixSeconds midnight = now - LocalSecondOfDay(now);
  if (settings.every_hours > 0) {
    const UnixSeconds period = UnixSeconds{settings.every_hours} * 3600;
    const UnixSeconds next = midnight + ((now - midnight) / period + 1) * period;
    return std::min(next, midnight + kDay);
  }
  const UnixSeconds today = midnight + UnixSeconds{settings.daily_minute} * 60;
  return today > now ? today : today + kDay;
}

std::string BackupFileName(UnixSeconds at) {
  const LocalDate date = LocalDateOf(at);
  const int second = LocalSecondOfDay(at);
  return fmt::format("{}{:04}{:02}{:02}-{:02}{:02}{:02}{}", kPrefix, static_cast<int>(date.year()),
                     static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), second / 3600,
                     second / 60 % 60, second % 60, kSuffix);
}

bool IsScheduledBackupName(std::string_view name) {
  // sanwang-YYYYMMDD-HHMMSS.swbak
  constexpr std::size_t kLength = 8 + 8 + 1 + 6 + 6;
  if (name.size() != kLength || name.substr(0, kPrefix.size()) != kPrefix ||
      name.substr(name.size() - kSuffix.size()) != kSuffix) {
    return false;
  }
  const std::string_view stamp = name.substr(kPrefix.size(), 15);
  for (std::size_t i = 0; i < stamp.size(); ++i) {
    const bool ok = i == 8 ? stamp[i] == '-' : (stamp[i] >= '0' && stamp[i] <= '9');
    if (!ok) return false;
  }
  return true;
}

std::vector<std::string> BackupsToRemove(std::vector<std::string> names, int keep) {
  names.erase(std::remove_if(names.begin(), names.end(),
                             [](const std::string& n) { return !IsScheduledBackupName(n); }),
              names.end());
  std::sort(names.begin(), names.end());
  const std::size_t kept = static_cast<std::size_t>(std::max(keep, 0));
  if (names.size() <= kept) return {};
  names.resize(names.size() - kept);
  return names;
}

}  // namespace sanwang::store
