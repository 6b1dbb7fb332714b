// Reads and writes the passwords accounts held before their current one (as argon2id
// hashes, like the current one), so that a password change can refuse one used lately
// (org/password_rules.h). Same thread-safety as the Database.
#pragma once

#include <string>
#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

class PasswordHistoryRepository {
 public:
  explicit PasswordHistoryRepository(Database& db) : db_(db) {}

  // The hashes `user_id` held before the current one, newest first, at most `limit`.
  Result<std::vector<std::string>> Recent(Id user_id, int limit);
  // Keeps the replaced password of `replaced`, then forgets all but the newest `keep` of
  // that account (keep 0: none, and nothing is kept).
  Status Remember(const PasswordHistoryRecord& replaced, int keep);

 private:
  Database& db_;
};

}  // namespace sanwang::store
