#include "classify/active_model_cache.h"

namespace sanwang::classify {
namespace {

Status NoModel() {
  return Unavailable("no classifier has been trained for this district: run sanwang classify train");
}

}  // namespace

Result<std::shared_ptr<const ActiveModel>> ActiveModelCache::Get(store::Database& db,
                                                                 const std::string& district_code) {
  SW_ASSIGN_OR_RETURN(auto key, store::ClassifierRepository(db).ActiveKey(district_code));
  if (!key) return NoModel();
  MutexLock lock(mutex_);
  if (current_ && district_ == district_code && current_->id == key->id) return current_;
  SW_ASSIGN_OR_RETURN(auto loaded, LoadActiveModel(db, district_code));
  if (!loaded) return NoModel();
  current_ = std::make_shared<const ActiveModel>(std::move(*loaded));
  district_ = district_code;
  return current_;
}

}  // namespace sanwang::classify
