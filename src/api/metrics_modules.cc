// The one list of modules' gauges for /metrics: a module with gauges adds one line here,
// naming the function in its own api folder.
#include "api/api.h"

namespace sanwang::api {

std::string OutboxMetrics(Call& call);  // notify/api/outbox_metrics.cc

const std::vector<MetricsSource>& MetricsModules() {
  static const std::vector<MetricsSource> kModules = {OutboxMetrics};
  return kModules;
}

}  // namespace sanwang::api
