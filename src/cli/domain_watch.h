// Keeps this server's copy of the org net and catalog (api::DomainSnapshot) current when
// another server on the same database, or a command such as `sanwang import`, changes them:
// on its own thread, every `every` until stopped, it asks Api::ReloadIfChanged — one
// single-row read of their version while nothing changed.
#pragma once

#include <chrono>
#include <condition_variable>
#include <thread>

#include "api/api.h"
#include "core/log_throttle.h"
#include "core/mutex.h"

namespace sanwang::cli {

class DomainWatch {
 public:
  DomainWatch(api::Api& api, std::chrono::milliseconds every);
  ~DomainWatch();
  DomainWatch(const DomainWatch&) = delete;
  DomainWatch& operator=(const DomainWatch&) = delete;

 private:
  void Loop();

  api::Api& api_;
  const std::chrono::milliseconds every_;
  LogThrottle log_;  // the database down: one line per minute, not one per look
  Mutex mutex_;
  std::condition_variable_any wake_;
  bool stop_ SW_GUARDED_BY(mutex_) = false;
  std::thread thread_;
};

}  // namespace sanwang::cli
