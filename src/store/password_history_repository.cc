#include "store/password_history_repository.h"

#include <algorithm>

namespace sanwang::store {

Result<std::vector<std::string>> PasswordHistoryRepository::Recent(Id user_id, int limit) {
  std::vector<std::string> hashes;
  if (limit <= 0) return hashes;
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT password_hash FROM password_history WHERE user_id = ? "
                                           "ORDER BY replaced_at DESC, id DESC LIMIT ?",
                                           {user_id, static_cast<std::int64_t>(limit)}));
  for (const Row& r : rows) hashes.push_back(r.Text(0));
  return hashes;
}

Status PasswordHistoryRepository::Remember(const PasswordHistoryRecord& replaced, int keep) {
  if (keep > 0 && !replaced.password_hash.empty()) {
    SW_RETURN_IF_ERROR(
        db_.Execute("INSERT INTO password_history (district_code, user_id, password_hash, "
                    "replaced_at) VALUES (?, ?, ?, ?)",
                    {replaced.district_code, replaced.user_id, replaced.password_hash, replaced.replaced_at})
            .status());
  }
  return db_
      .Execute(
          "DELETE FROM password_history WHERE user_id = ? AND id NOT IN (SELECT id FROM password_history "
          "WHERE user_id = ? ORDER BY replaced_at DESC, id DESC LIMIT ?)",
          {replaced.user_id, replaced.user_id, static_cast<std::int64_t>(std::max(keep, 0))})
      .status();
}

}  // namespace sanwang::store
