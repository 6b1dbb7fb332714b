// The active classifier of a district, kept in memory for a server's worker threads.
// Each Get asks the database which version is active (one small indexed query) and reads
// and decodes the model only when that changed, so a model trained by `sanwang classify
// train` while the server runs is used from the next request on.
//
// Thread-safe: Get may be called concurrently; a mutex guards the cached model, and
// callers share it read-only through shared_ptr.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "classify/model_registry.h"
#include "core/mutex.h"

namespace sanwang::classify {

class ActiveModelCache {
 public:
  // The active model; kUnavailable when the district has none yet.
  Result<std::shared_ptr<const ActiveModel>> Get(store::Database& db, const std::string& district_code);

 private:
  Mutex mutex_;
  std::shared_ptr<const ActiveModel> current_ SW_GUARDED_BY(mutex_);
  std::string district_ SW_GUARDED_BY(mutex_);  // whose model current_ is
};

}  // namespace sanwang::classify
