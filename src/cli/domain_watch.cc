#include "cli/domain_watch.h"

#include <spdlog/spdlog.h>

namespace sanwang::cli {

DomainWatch::DomainWatch(api::Api& api, std::chrono::milliseconds every)
    : api_(api), log_(api.clock(), 60), thread_(every, [this] { Look(); }) {}

void DomainWatch::Look() {
  const Result<bool> reloaded = api_.ReloadIfChanged();
  if (!reloaded.ok()) {
    log_.Log(spdlog::level::warn, "org net and catalog: reload failed", reloaded.status().ToString());
  } else if (*reloaded) {
    spdlog::info("org net and catalog: changed in the database, reloaded");
  }
}

}  // namespace sanwang::cli
