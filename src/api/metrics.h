// Request counters and latency histograms per route, rendered in the Prometheus text
// format at /metrics together with gauges the caller adds (cases per state).
// Thread-safe: every worker thread records into it.
#pragma once

#include <array>
#include <map>
#include <mutex>
#include <string>
#include <vector>

#include "core/mutex.h"

namespace sanwang::api {

class Metrics {
 public:
  void Record(const std::string& method, const std::string& route, int status, double seconds)
      SW_EXCLUDES(mutex_);
  // Prometheus text exposition; `extra` is appended as is (already formatted gauges).
  std::string Render(const std::string& extra) const SW_EXCLUDES(mutex_);

  static constexpr std::array<double, 10> kBuckets = {0.0005, 0.001, 0.0025, 0.005, 0.01,
                                                      0.025,  0.05,  0.1,    0.5,   2.5};

 private:
  struct Histogram {
    std::array<std::uint64_t, kBuckets.size()> buckets{};
    std::uint64_t count = 0;
    double sum = 0;
  };
  mutable Mutex mutex_;
  std::map<std::tuple<std::string, std::string, int>, std::uint64_t> requests_ SW_GUARDED_BY(mutex_);
  std::map<std::pair<std::string, std::string>, Histogram> latency_ SW_GUARDED_BY(mutex_);
};

// Escapes a Prometheus label value.
std::string PrometheusLabel(const std::string& value);

}  // namespace sanwang::api
