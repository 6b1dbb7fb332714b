#include "cli/sweep_lease.h"

#include "store/lease_repository.h"

namespace sanwang::cli {

std::chrono::seconds SweepLeaseLength(std::chrono::seconds every) { return every + every / 2; }

Result<bool> HoldSweepLease(store::Database& db, const std::string& holder, UnixSeconds now,
                            std::chrono::seconds every) {
  return store::LeaseRepository(db).Hold(kSweepLease, holder, now, now + SweepLeaseLength(every).count());
}

}  // namespace sanwang::cli
