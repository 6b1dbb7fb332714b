// Reads and writes what the server keeps for security: sessions, sign-in failures, API
// keys and the audit log. Tokens and keys are stored only as hashes.
// Same thread-safety as the Database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

struct SessionRecord {
  std::string token_hash;
  std::string district_code;
  Id user_id = 0;
  std::string csrf_token;
  UnixSeconds created_at = 0;
  UnixSeconds last_seen_at = 0;
  std::string remote_address;
};

struct AuditRecord {
  Id id = 0;
  std::string district_code;
  UnixSeconds at = 0;
  std::optional<Id> user_id;
  std::string username;
  std::string role;
  std::string remote_address;
  std::string action;  // "sign_in", "POST /api/v1/cases", …
  std::string target;
  std::string outcome;  // "ok", "denied", "failed"
  std::string detail;
};

class SecurityRepository {
 public:
  explicit SecurityRepository(Database& db) : db_(db) {}

  Status InsertSession(const SessionRecord& s);
  Result<std::optional<SessionRecord>> FindSession(const std::string& token_hash);
  Status TouchSession(const std::string& token_hash, UnixSeconds at);
  Status DeleteSession(const std::string& token_hash);
  Status DeleteSessionsOf(Id user_id);

  Status RecordSignInFailure(const std::string& district, const std::string& username, UnixSeconds at,
                             const std::string& remote_address);
  // Failures from `remote_address` since `since`: for `username`, or for any account when
  // `username` is empty.
  Result<int> CountSignInFailures(const std::string& username, const std::string& remote_address,
                                  UnixSeconds since);
  // Forgets the failures for `username` from `remote_address` (after a good sign-in there).
  Status ClearSignInFailures(const std::string& username, const std::string& remote_address);

  // A lock bars `remote_address` from `username`, or from every account when `username`
  // is empty, until `until`.
  Status InsertSignInLock(const std::string& district, const std::string& username,
                          const std::string& remote_address, UnixSeconds at, UnixSeconds until);
  // The end of the latest lock on exactly this (username, address) pair, if any.
  Result<std::optional<UnixSeconds>> LatestSignInLockEnd(const std::string& username,
                                                         const std::string& remote_address);

  Result<Id> InsertApiKey(const std::string& district, const std::string& name, const std::string& key_hash,
                          UnixSeconds at);
  // The key's name when the hash names an enabled key.
  // The name of an enabled key of the district (a key is valid in its own district only).
  Result<std::optional<std::string>> FindApiKey(const std::string& district, const std::string& key_hash);

  Status Audit(const AuditRecord& r);
  Result<std::vector<AuditRecord>> RecentAudit(const std::string& district, int limit);

 private:
  Database& db_;
};

}  // namespace sanwang::store
