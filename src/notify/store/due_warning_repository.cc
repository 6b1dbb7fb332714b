#include "notify/store/due_warning_repository.h"

namespace sanwang::store {

Result<bool> DueWarningRepository::MarkIfNew(Id case_id, std::int64_t resolve_due, std::int64_t now) {
  SW_ASSIGN_OR_RETURN(
      std::int64_t added,
      db_.Execute("INSERT INTO notify_due_warnings (case_id, resolve_due, warned_at) VALUES (?, ?, ?) "
                  "ON CONFLICT (case_id, resolve_due) DO NOTHING",
                  {case_id, resolve_due, now}));
  return added > 0;
}

Result<bool> DueWarningRepository::MarkDigestIfNew(Id user_id, int day, std::int64_t now) {
  SW_ASSIGN_OR_RETURN(std::int64_t added,
                      db_.Execute("INSERT INTO notify_digests (user_id, day, sent_at) VALUES (?, ?, ?) "
                                  "ON CONFLICT (user_id, day) DO NOTHING",
                                  {user_id, static_cast<std::int64_t>(day), now}));
  return added > 0;
}

}  // namespace sanwang::store
