// How often callers may write to the server (Config's [limits] table; enforced by
// api/request_limits.h on a RateLimiter). Two pairs of limits, each per client address and
// per signed-in account: one for filing — a matter, an Open311 request, a resident's
// registration, the routes a stranger can call to create something — and a looser one for
// every other write. Reads are not limited.
//
// The defaults are for a district's real use (README, Configuration):
//   - a grid worker moving cases, attaching photos and filing what they find writes at
//     most every few seconds, bursts included: 120 writes a minute per account leaves
//     room for the fastest, bulk actions being one request;
//   - a whole office or a mobile network may share one address (and behind nginx
//     without `serve --trusted-proxy`, every client shares the proxy's): 1200 writes a
//     minute per address;
//   - a resident files a few matters a day and a command-center operator one per call:
//     20 filings a minute per account; 120 per address, so a carrier's shared address or
//     the 12345 hotline's relay is not stopped.
// A limit with its rate or burst at 0 is off. A plain value.
#pragma once

#include <cstdint>

#include "core/rate_limiter.h"

namespace sanwang {

struct RequestLimits {
  RateLimit address_writes{1200, 1200};
  RateLimit account_writes{120, 120};
  RateLimit address_filings{120, 120};
  RateLimit account_filings{20, 20};
  // Addresses and accounts remembered at most (the least recently seen go first).
  std::int64_t tracked_keys = 100'000;

  // Every limit off: the API's default, so that a server built without a configuration
  // (the tests) is not limited unless it asks to be.
  static RequestLimits Off() { return {{}, {}, {}, {}, 100'000}; }
};

}  // namespace sanwang
