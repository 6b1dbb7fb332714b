// Keeps this server's copy of the org net and catalog (api::DomainSnapshot) current when
// another server on the same database, or a command such as `sanwang import`, changes them:
// on its own thread, every `every` until destroyed, it asks Api::ReloadIfChanged — one
// read of the districts' versions while nothing changed.
#pragma once

#include <chrono>

#include "api/api.h"
#include "core/log_throttle.h"
#include "core/periodic_thread.h"

namespace sanwang::cli {

class DomainWatch {
 public:
  DomainWatch(api::Api& api, std::chrono::milliseconds every);

 private:
  void Look();

  api::Api& api_;
  LogThrottle log_;        // the database down: one line per minute, not one per look
  PeriodicThread thread_;  // last: destroyed first
};

}  // namespace sanwang::cli
