#include "cli/domain_watch.h"

#include <spdlog/spdlog.h>

namespace sanwang::cli {

DomainWatch::DomainWatch(api::Api& api, std::chrono::milliseconds every)
    : api_(api), every_(every), log_(api.clock(), 60) {
  thread_ = std::thread([this] { Loop(); });
}

DomainWatch::~DomainWatch() {
  {
    MutexLock lock(mutex_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void DomainWatch::Loop() {
  MutexLock lock(mutex_);
  while (true) {
    const auto due = std::chrono::steady_clock::now() + every_;
    while (!stop_ && wake_.wait_until(lock, due) == std::cv_status::no_timeout) {
    }
    if (stop_) return;
    lock.unlock();
    const Result<bool> reloaded = api_.ReloadIfChanged();
    if (!reloaded.ok()) {
      log_.Log(spdlog::level::warn, "org net and catalog: reload failed", reloaded.status().ToString());
    } else if (*reloaded) {
      spdlog::info("org net and catalog: changed in the database, reloaded");
    }
    lock.lock();
  }
}

}  // namespace sanwang::cli
