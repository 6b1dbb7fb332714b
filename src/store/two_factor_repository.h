// Reads and writes what two-step sign-in keeps per account (org/two_factor.h): the shared
// secret of its one-time codes and its recovery codes (only their hashes). Same
// thread-safety as the Database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

struct TwoFactorRecord {
  Id user_id = 0;
  std::string district_code;
  std::string secret;  // Base32 (core/base32.h), as the account holder's app holds it
  UnixSeconds created_at = 0;
  std::optional<UnixSeconds> enabled_at;  // none while the setup waits for its first code
  std::int64_t last_step = 0;             // the last TOTP step a code was accepted for
};

class TwoFactorRepository {
 public:
  explicit TwoFactorRepository(Database& db) : db_(db) {}

  Result<std::optional<TwoFactorRecord>> Find(Id user_id);
  // Keeps a new setup of `pending.user_id`, replacing an unconfirmed one. Conflict when the
  // account's two-step sign-in is on already.
  Status SavePending(const TwoFactorRecord& pending);
  // Turns a pending setup on, its code for `step` accepted. False when there is no pending
  // setup (none, or turned on meanwhile).
  Result<bool> Enable(Id user_id, UnixSeconds at, std::int64_t step);
  // Records that a code for `step` was accepted. False when a code for this or a later
  // step was accepted first (the same code sent twice at once), or it is not on.
  Result<bool> UseStep(Id user_id, std::int64_t step);
  // Forgets the account's secret and recovery codes.
  Status Remove(Id user_id);

  // Replaces every recovery code of the account with `code_hashes`.
  Status ReplaceRecoveryCodes(Id user_id, const std::string& district_code,
                              const std::vector<std::string>& code_hashes);
  // Marks the unused recovery code with `code_hash` used. False when there is none.
  Result<bool> UseRecoveryCode(Id user_id, const std::string& code_hash, UnixSeconds at);
  Result<int> RecoveryCodesLeft(Id user_id);

 private:
  Database& db_;
};

}  // namespace sanwang::store
