#include "store/security_repository.h"

#include "store/audit_chain.h"

namespace sanwang::store {

Status SecurityRepository::InsertSession(const SessionRecord& s) {
  return db_
      .Execute(
          "INSERT INTO sessions (token_hash, district_code, user_id, csrf_token, created_at, last_seen_at, "
          "remote_address) VALUES (?, ?, ?, ?, ?, ?, ?)",
          {s.token_hash, s.district_code, s.user_id, s.csrf_token, s.created_at, s.last_seen_at,
           s.remote_address})
      .status();
}

Result<std::optional<SessionRecord>> SecurityRepository::FindSession(const std::string& token_hash) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT token_hash, district_code, user_id, csrf_token, created_at, "
                                "last_seen_at, remote_address FROM sessions WHERE token_hash = ?",
                                {token_hash}));
  if (rows.empty()) return std::optional<SessionRecord>();
  const Row& r = rows[0];
  return std::optional<SessionRecord>(
      SessionRecord{r.Text(0), r.Text(1), r.Int(2), r.Text(3), r.Int(4), r.Int(5), r.Text(6)});
}

Status SecurityRepository::TouchSession(const std::string& token_hash, UnixSeconds at) {
  return db_.Execute("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?", {at, token_hash}).status();
}

Status SecurityRepository::DeleteSession(const std::string& token_hash) {
  return db_.Execute("DELETE FROM sessions WHERE token_hash = ?", {token_hash}).status();
}

Status SecurityRepository::DeleteSessionsOf(Id user_id) {
  return db_.Execute("DELETE FROM sessions WHERE user_id = ?", {user_id}).status();
}

Status SecurityRepository::RecordSignInFailure(const std::string& district, const std::string& username,
                                               UnixSeconds at, const std::string& remote_address) {
  return db_
      .Execute(
          "INSERT INTO sign_in_failures (district_code, username, at, remote_address) VALUES (?, ?, ?, ?)",
          {district, username, at, remote_address})
      .status();
}

Result<int> SecurityRepository::CountSignInFailures(const std::string& username,
                                                    const std::string& remote_address, UnixSeconds since) {
  std::string sql = "SELECT COUNT(*) FROM sign_in_failures WHERE remote_address = ? AND at >= ?";
  SqlParams params = {remote_address, since};
  if (!username.empty()) {
    sql += " AND username = ?";
    params.push_back(username);
  }
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  return static_cast<int>(rows.at(0).Int(0));
}

Status SecurityRepository::ClearSignInFailures(const std::string& username,
                                               const std::string& remote_address) {
  return db_
      .Execute("DELETE FROM sign_in_failures WHERE username = ? AND remote_address = ?",
               {username, remote_address})
      .status();
}

Status SecurityRepository::InsertSignInLock(const std::string& district, const std::string& username,
                                            const std::string& remote_address, UnixSeconds at,
                                            UnixSeconds until) {
  return db_
      .Execute(
          "INSERT INTO sign_in_locks (district_code, username, remote_address, locked_at, locked_until) "
          "VALUES (?, ?, ?, ?, ?)",
          {district, username, remote_address, at, until})
      .status();
}

Result<std::optional<UnixSeconds>> SecurityRepository::LatestSignInLockEnd(
    const std::string& username, const std::string& remote_address) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT MAX(locked_until) FROM sign_in_locks WHERE username = ? AND "
                                "remote_address = ?",
                                {username, remote_address}));
  if (rows.empty() || rows[0].IsNull(0)) return std::optional<UnixSeconds>();
  return std::optional<UnixSeconds>(rows[0].Int(0));
}

Result<Id> SecurityRepository::InsertApiKey(const std::string& district, const std::string& name,
                                            const std::string& key_hash, UnixSeconds at) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("INSERT INTO api_keys (district_code, name, key_hash, created_at) "
                                           "VALUES (?, ?, ?, ?) RETURNING id",
                                           {district, name, key_hash, at}));
  return rows.at(0).Int(0);
}

Result<std::optional<std::string>> SecurityRepository::FindApiKey(const std::string& district,
                                                                  const std::string& key_hash) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT name FROM api_keys WHERE key_hash = ? AND district_code = ? "
                                "AND disabled = 0",
                                {key_hash, district}));
  if (rows.empty()) return std::optional<std::string>();
  return std::optional<std::string>(rows[0].Text(0));
}

Status SecurityRepository::Audit(const AuditRecord& r) {
  return db_.InTransaction([&]() -> Status {
    // Updating the district's chain row first takes its lock, so concurrent writers extend
    // the chain one at a time and each links to the entry before it.
    SW_RETURN_IF_ERROR(db_.Execute("INSERT INTO audit_chain (district_code) VALUES (?) "
                                   "ON CONFLICT (district_code) DO NOTHING",
                                   {r.district_code})
                           .status());
    SW_RETURN_IF_ERROR(
        db_.Execute("UPDATE audit_chain SET entries = entries + 1 WHERE district_code = ?", {r.district_code})
            .status());
    SW_ASSIGN_OR_RETURN(
        auto head, db_.Query("SELECT last_hash FROM audit_chain WHERE district_code = ?", {r.district_code}));
    const std::string hash = AuditChainHash(head.at(0).Text(0), r);
    SW_RETURN_IF_ERROR(db_.Execute("INSERT INTO audit_log (district_code, at, user_id, username, role, "
                                   "remote_address, action, target, outcome, detail, chain_hash) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                   {r.district_code, r.at, Nullable(r.user_id), r.username, r.role,
                                    r.remote_address, r.action, r.target, r.outcome, r.detail, hash})
                           .status());
    return db_
        .Execute("UPDATE audit_chain SET last_hash = ? WHERE district_code = ?", {hash, r.district_code})
        .status();
  });
}

Result<std::vector<AuditRecord>> SecurityRepository::RecentAudit(const std::string& district, int limit) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT id, district_code, at, user_id, username, role, remote_address, "
                                "action, target, outcome, detail FROM audit_log WHERE district_code = ? "
                                "ORDER BY id DESC LIMIT ?",
                                {district, static_cast<std::int64_t>(limit)}));
  std::vector<AuditRecord> out;
  for (const Row& r : rows) {
    out.push_back({r.Int(0), r.Text(1), r.Int(2), r.OptInt(3), r.Text(4), r.Text(5), r.Text(6), r.Text(7),
                   r.Text(8), r.Text(9), r.Text(10)});
  }
  return out;
}

}  // namespace sanwang::store
