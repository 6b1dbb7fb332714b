#include "store/personal_data.h"

#include <spdlog/spdlog.h>

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

#include "core/clock.h"
#include "core/log_throttle.h"

namespace sanwang::store {
namespace {

std::atomic<const PersonalDataKeys*> g_installed{nullptr};

void Keep(std::unique_ptr<PersonalDataKeys> keys) {
  static std::mutex mutex;
  static std::vector<std::unique_ptr<PersonalDataKeys>> kept;
  std::lock_guard lock(mutex);
  kept.push_back(std::move(keys));
}

void LogUnreadable(const Status& why) {
  static SystemClock clock;
  static LogThrottle throttle(clock);
  throttle.Log(spdlog::level::err, "personal data unreadable",
               "a personal value could not be opened and reads as empty: " + why.message());
}

}  // namespace

void UsePersonalDataKeys(std::optional<PersonalDataKeys> keys) {
  if (!keys) {
    g_installed.store(nullptr);
    return;
  }
  auto owned = std::make_unique<PersonalDataKeys>(std::move(*keys));
  g_installed.store(owned.get());
  Keep(std::move(owned));
}

const PersonalDataKeys* InstalledPersonalDataKeys() { return g_installed.load(); }

std::string SealPersonal(std::string_view plain) {
  const PersonalDataKeys* keys = g_installed.load();
  return keys == nullptr ? std::string(plain) : keys->Seal(plain);
}

std::string OpenPersonal(std::string_view stored) {
  if (!PersonalDataKeys::IsSealed(stored)) return std::string(stored);
  const PersonalDataKeys* keys = g_installed.load();
  if (keys == nullptr) {
    LogUnreadable(Status(ErrorCode::kDataLoss, "no personal-data keys are configured"));
    return {};
  }
  Result<std::string> plain = keys->Open(stored);
  if (!plain.ok()) {
    LogUnreadable(plain.status());
    return {};
  }
  return std::move(*plain);
}

std::string PersonalLookup(std::string_view plain) {
  const PersonalDataKeys* keys = g_installed.load();
  return keys == nullptr ? std::string(plain) : keys->Lookup(plain);
}

}  // namespace sanwang::store
