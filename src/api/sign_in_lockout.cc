#include "api/sign_in_lockout.h"

#include <algorithm>

#include "core/time.h"

namespace sanwang::api {

Result<bool> SignInLockout::Locked(store::SecurityRepository& security, const std::string& username,
                                   const std::string& remote_address) const {
  UnixSeconds now = clock_.Now();
  for (const std::string& key : {std::string(), username}) {
    SW_ASSIGN_OR_RETURN(auto until, security.LatestSignInLockEnd(key, remote_address));
    if (until && *until > now) return true;
  }
  return false;
}

Status SignInLockout::RecordFailure(store::SecurityRepository& security, const std::string& username,
                                    const std::string& remote_address) const {
  SW_RETURN_IF_ERROR(security.RecordSignInFailure(district_, username, clock_.Now(), remote_address));
  SW_RETURN_IF_ERROR(LockAtThreshold(security, username, username, remote_address, policy_.account_failures));
  return LockAtThreshold(security, "", username, remote_address, policy_.address_failures);
}

Status SignInLockout::RecordSuccess(store::SecurityRepository& security, const std::string& username,
                                    const std::string& remote_address) const {
  return security.ClearSignInFailures(username, remote_address);
}

Status SignInLockout::LockAtThreshold(store::SecurityRepository& security, const std::string& username,
                                      const std::string& attempted_username,
                                      const std::string& remote_address, int threshold) const {
  UnixSeconds now = clock_.Now();
  SW_ASSIGN_OR_RETURN(auto last_lock_end, security.LatestSignInLockEnd(username, remote_address));
  if (last_lock_end && *last_lock_end > now) return Status::Ok();  // already locked
  // Failures before the end of the last lock were paid for by that lock.
  UnixSeconds since = std::max<UnixSeconds>(now - policy_.window_s, last_lock_end.value_or(0));
  SW_ASSIGN_OR_RETURN(int failures, security.CountSignInFailures(username, remote_address, since));
  if (failures < threshold) return Status::Ok();
  UnixSeconds until = now + policy_.lock_s;
  SW_RETURN_IF_ERROR(security.InsertSignInLock(district_, username, remote_address, now, until));
  store::AuditRecord r;
  r.district_code = district_;
  r.at = now;
  r.username = attempted_username;
  r.remote_address = remote_address;
  r.action = "sign_in_lockout";
  r.target = username.empty() ? "address" : "account";
  r.outcome = "locked";
  r.detail = std::to_string(failures) + " failures; until " + FormatIso8601(until);
  return security.Audit(r);
}

}  // namespace sanwang::api
