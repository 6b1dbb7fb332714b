#include "store/two_factor_repository.h"

#include "store/personal_data.h"

namespace sanwang::store {

Result<std::optional<TwoFactorRecord>> TwoFactorRepository::Find(Id user_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT user_id, district_code, secret, created_at, enabled_at, "
                                           "last_step FROM two_factor WHERE user_id = ?",
                                           {user_id}));
  if (rows.empty()) return std::optional<TwoFactorRecord>();
  const Row& r = rows[0];
  return std::optional<TwoFactorRecord>(
      TwoFactorRecord{r.Int(0), r.Text(1), OpenPersonal(r.Text(2)), r.Int(3), r.OptInt(4), r.Int(5)});
}

Status TwoFactorRepository::SavePending(const TwoFactorRecord& pending) {
  return db_.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(
        db_.Execute("DELETE FROM two_factor WHERE user_id = ? AND enabled_at IS NULL", {pending.user_id})
            .status());
    SW_ASSIGN_OR_RETURN(auto on, db_.Query("SELECT 1 FROM two_factor WHERE user_id = ?", {pending.user_id}));
    if (!on.empty()) return Conflict("两步验证已开启 two-step sign-in is on already");
    return db_
        .Execute(
            "INSERT INTO two_factor (user_id, district_code, secret, created_at, enabled_at, last_step) "
            "VALUES (?, ?, ?, ?, NULL, 0)",
            {pending.user_id, pending.district_code, SealPersonal(pending.secret), pending.created_at})
        .status();
  });
}

Result<bool> TwoFactorRepository::Enable(Id user_id, UnixSeconds at, std::int64_t step) {
  SW_ASSIGN_OR_RETURN(std::int64_t changed, db_.Execute("UPDATE two_factor SET enabled_at = ?, last_step = ? "
                                                        "WHERE user_id = ? AND enabled_at IS NULL",
                                                        {at, step, user_id}));
  return changed == 1;
}

Result<bool> TwoFactorRepository::UseStep(Id user_id, std::int64_t step) {
  SW_ASSIGN_OR_RETURN(std::int64_t changed,
                      db_.Execute("UPDATE two_factor SET last_step = ? "
                                  "WHERE user_id = ? AND enabled_at IS NOT NULL AND last_step < ?",
                                  {step, user_id, step}));
  return changed == 1;
}

Status TwoFactorRepository::Remove(Id user_id) {
  return db_.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(
        db_.Execute("DELETE FROM two_factor_recovery_codes WHERE user_id = ?", {user_id}).status());
    return db_.Execute("DELETE FROM two_factor WHERE user_id = ?", {user_id}).status();
  });
}

Status TwoFactorRepository::ReplaceRecoveryCodes(Id user_id, const std::string& district_code,
                                                 const std::vector<std::string>& code_hashes) {
  return db_.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(
        db_.Execute("DELETE FROM two_factor_recovery_codes WHERE user_id = ?", {user_id}).status());
    for (const std::string& hash : code_hashes) {
      SW_RETURN_IF_ERROR(db_.Execute("INSERT INTO two_factor_recovery_codes (district_code, user_id, "
                                     "code_hash, used_at) VALUES (?, ?, ?, NULL)",
                                     {district_code, user_id, hash})
                             .status());
    }
    return Status::Ok();
  });
}

Result<bool> TwoFactorRepository::UseRecoveryCode(Id user_id, const std::string& code_hash, UnixSeconds at) {
  SW_ASSIGN_OR_RETURN(
      std::int64_t changed,
      db_.Execute("UPDATE two_factor_recovery_codes SET used_at = ? WHERE id = (SELECT MIN(id) "
                  "FROM two_factor_recovery_codes WHERE user_id = ? AND code_hash = ? "
                  "AND used_at IS NULL)",
                  {at, user_id, code_hash}));
  return changed == 1;
}

Result<int> TwoFactorRepository::RecoveryCodesLeft(Id user_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT COUNT(*) FROM two_factor_recovery_codes "
                                           "WHERE user_id = ? AND used_at IS NULL",
                                           {user_id}));
  return static_cast<int>(rows.at(0).Int(0));
}

}  // namespace sanwang::store
