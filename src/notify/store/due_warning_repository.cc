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

}  // namespace sanwang::store
