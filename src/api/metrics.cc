#include "api/metrics.h"

#include <fmt/format.h>

namespace sanwang::api {

std::string PrometheusLabel(const std::string& value) {
  std::string out;
  for (char c : value) {
    if (c == '\\' || c == '"') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out;
}

void Metrics::Record(const std::string& method, const std::string& route, int status, double seconds) {
  MutexLock lock(mutex_);
  ++requests_[{method, route, status}];
  Histogram& h = latency_[{method, route}];
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++h.buckets[i];
  }
  ++h.count;
  h.sum += seconds;
}

std::string Metrics::Render(const std::string& extra) const {
  MutexLock lock(mutex_);
  std::string out =
      "# HELP sanwang_http_requests_total HTTP requests by route and status.\n"
      "# TYPE sanwang_http_requests_total counter\n";
  for (const auto& [key, n] : requests_) {
    const auto& [method, route, status] = key;
    out += fmt::format("sanwang_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{}\"}} {}\n", method,
                       PrometheusLabel(route), status, n);
  }
  out +=
      "# HELP sanwang_http_request_duration_seconds Time to answer a request.\n"
      "# TYPE sanwang_http_request_duration_seconds histogram\n";
  for (const auto& [key, h] : latency_) {
    std::string labels = fmt::format("method=\"{}\",route=\"{}\"", key.first, PrometheusLabel(key.second));
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      out += fmt::format("sanwang_http_request_duration_seconds_bucket{{{},le=\"{}\"}} {}\n", labels,
                         kBuckets[i], h.buckets[i]);
    }
    out +=
        fmt::format("sanwang_http_request_duration_seconds_bucket{{{},le=\"+Inf\"}} {}\n", labels, h.count);
    out += fmt::format("sanwang_http_request_duration_seconds_sum{{{}}} {}\n", labels, h.sum);
    out += fmt::format("sanwang_http_request_duration_seconds_count{{{}}} {}\n", labels, h.count);
  }
  return out + extra;
}

}  // namespace sanwang::api
