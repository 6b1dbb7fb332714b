// The minute sweep's lease (store/lease_repository.h): several servers on one database,
// one sweeps. Each server asks before its sweep, inside the sweep's own write; the holder
// renews the lease each minute, and when it stops (dies, is stopped, loses the database)
// the lease runs out and the next server to ask sweeps from then on.
#pragma once

#include <chrono>
#include <string>

#include "core/time.h"
#include "store/database.h"

namespace sanwang::cli {

inline constexpr const char* kSweepLease = "sweep";

// How long a sweep's lease runs: the interval and half as much again, so a holder sweeping
// on time never loses it, and a holder gone is replaced within two intervals and a half.
std::chrono::seconds SweepLeaseLength(std::chrono::seconds every);

// Whether `holder` sweeps now: takes or renews the lease until now + SweepLeaseLength.
Result<bool> HoldSweepLease(store::Database& db, const std::string& holder, UnixSeconds now,
                            std::chrono::seconds every);

}  // namespace sanwang::cli
