// The request limits of the API (core/request_limits.h, Config's [limits]): every write —
// POST, PUT, PATCH, DELETE — is counted against its client address and, when signed in,
// its account; the routes added as filing routes (Api::AddFiling: a matter, an Open311
// request, a resident's registration) against the stricter filing limits instead. Past a
// limit the write is answered 429 with Retry-After and nothing runs. Reads are never
// counted. The check runs once per request, as soon as the caller is known — before the
// body is read when the server screens the header (Api::Screen) — and only for a request
// the caller may make at all, so refusals (401, 403) cost nothing.
//
// The address is the connection's peer: behind a reverse proxy every client shares the
// proxy's, so the address limits then hold for all together (raise them or set them to 0).
// Thread-safe: the I/O threads and the writer call it at once.
#pragma once

#include <atomic>
#include <cstdint>
#include <string>

#include "api/http_message.h"
#include "core/clock.h"
#include "core/rate_limiter.h"
#include "core/request_limits.h"

namespace sanwang::api {

class RequestLimiter {
 public:
  RequestLimiter(const Clock& clock, RequestLimits limits);

  // Counts a write: 0 when it may go on, else the seconds to wait before one would.
  // `account` is the signed-in user's id, or empty.
  std::int64_t TakeWrite(bool filing, const std::string& address, const std::string& account);

  // The answer to a write past its limit: 429, Retry-After, and the error in Chinese and
  // English.
  static HttpResponse Refusal(std::int64_t wait_seconds);

  // Prometheus lines: the writes refused, as filing or other writes.
  std::string MetricsText() const;

 private:
  RequestLimits limits_;
  RateLimiter buckets_;
  std::atomic<std::uint64_t> refused_writes_{0};
  std::atomic<std::uint64_t> refused_filings_{0};
};

}  // namespace sanwang::api
