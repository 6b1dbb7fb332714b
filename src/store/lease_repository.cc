#include "store/lease_repository.h"

#include <unistd.h>

namespace sanwang::store {

std::string ThisProcessAsHolder() {
  char host[256] = {};
  gethostname(host, sizeof host - 1);
  return std::string(host) + ":" + std::to_string(getpid());
}

Result<bool> LeaseRepository::Hold(const std::string& name, const std::string& holder, std::int64_t now,
                                   std::int64_t until) {
  // Both statements are single-row and atomic on both engines: the insert claims a lease
  // never held, the update one that is expired or already the holder's.
  SW_RETURN_IF_ERROR(db_.Execute("INSERT INTO leases (name, holder, expires_at) VALUES (?, ?, ?) "
                                 "ON CONFLICT (name) DO NOTHING",
                                 {name, holder, std::int64_t{0}})
                         .status());
  SW_ASSIGN_OR_RETURN(std::int64_t changed,
                      db_.Execute("UPDATE leases SET holder = ?, expires_at = ? WHERE name = ? AND "
                                  "(holder = ? OR expires_at <= ?)",
                                  {holder, until, name, holder, now}));
  return changed > 0;
}

}  // namespace sanwang::store
