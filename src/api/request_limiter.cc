#include "api/request_limiter.h"

#include <fmt/format.h>

#include <vector>

#include "api/responses.h"

namespace sanwang::api {

RequestLimiter::RequestLimiter(const Clock& clock, RequestLimits limits)
    : limits_(limits), buckets_(clock, static_cast<std::size_t>(limits.tracked_keys)) {}

std::int64_t RequestLimiter::TakeWrite(bool filing, const std::string& address, const std::string& account) {
  // Filings and other writes have buckets of their own, so a burst of one leaves the other.
  std::string kind = filing ? "filing/" : "write/";
  std::vector<RateLimiter::Charge> charges;
  charges.push_back({kind + "address:" + address, filing ? limits_.address_filings : limits_.address_writes});
  if (!account.empty())
    charges.push_back(
        {kind + "account:" + account, filing ? limits_.account_filings : limits_.account_writes});
  std::int64_t wait = buckets_.Take(charges);
  if (wait > 0) ++(filing ? refused_filings_ : refused_writes_);
  return wait;
}

HttpResponse RequestLimiter::Refusal(std::int64_t wait_seconds) {
  HttpResponse r = ErrorResponse(ResourceExhausted(
      fmt::format("请求过于频繁，请 {0} 秒后再试 too many requests; try again in {0} s", wait_seconds)));
  r.headers.emplace("Retry-After", std::to_string(wait_seconds));
  return r;
}

std::string RequestLimiter::MetricsText() const {
  return fmt::format(
      "# HELP sanwang_request_limit_refusals_total Writes answered 429 for passing a request limit.\n"
      "# TYPE sanwang_request_limit_refusals_total counter\n"
      "sanwang_request_limit_refusals_total{{limit=\"write\"}} {}\n"
      "sanwang_request_limit_refusals_total{{limit=\"filing\"}} {}\n",
      refused_writes_.load(), refused_filings_.load());
}

}  // namespace sanwang::api
