#include "store/reconnect_backoff.h"

#include <algorithm>

namespace sanwang::store {

bool ReconnectBackoff::Claim(TimePoint now) {
  if (now < next_) return false;
  next_ = now + delay_;
  delay_ = std::min(delay_ * 2, ceiling_);
  return true;
}

void ReconnectBackoff::Succeeded() {
  delay_ = first_;
  next_ = TimePoint{};
}

}  // namespace sanwang::store
