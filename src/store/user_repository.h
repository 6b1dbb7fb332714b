// Reads and writes staff and resident accounts. Same thread-safety as the Database.
#pragma once

#include <optional>
#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

class UserRepository {
 public:
  explicit UserRepository(Database& db) : db_(db) {}

  Result<UserRecord> Insert(UserRecord user);
  Result<UserRecord> Get(Id id);
  Result<std::optional<UserRecord>> FindByUsername(const std::string& username);
  Result<std::vector<UserRecord>> List(const std::string& district);
  Status SetDisabled(const std::string& username, bool disabled);
  // Writes the display name, phone, role and unit of the account with `user.id`.
  Status UpdateProfile(const UserRecord& user);
  // Stores a new password hash, set at `changed_at`, and whether it must be changed at the
  // next sign-in; the account no longer holds the demo password. With a non-empty
  // `expected_hash`, only if the stored hash is still that one (Conflict if not): a change
  // checked against the old password does not overwrite a reset made meanwhile.
  Status SetPassword(Id id, const std::string& expected_hash, const std::string& new_hash, bool must_change,
                     UnixSeconds changed_at);
  // Accounts whose scope is one of these units.
  Result<std::vector<UserRecord>> OfUnits(const std::vector<Id>& unit_ids);

 private:
  Result<std::vector<UserRecord>> Select(const std::string& where, const SqlParams& params);
  Database& db_;
};

}  // namespace sanwang::store
