// Lockout after failed sign-ins (docs/architecture.md §9), by client address and by account from that
// address:
//   - `account_failures` failures for one account from one address within `window_s` bar
//     that address from that account for `lock_s`;
//   - `address_failures` failures from one address, whatever the accounts, bar that address
//     from every account for `lock_s`.
// A lock never reaches past the address whose failures caused it: someone guessing at an
// account from elsewhere cannot keep its owner out, since the owner signs in from another
// address. An attacker with many addresses gets at most account_failures − 1 guesses per
// address and window at each account, against argon2id hashes of passwords under a policy.
// Each new lock writes a "sign_in_lockout" row to the audit log. The address is the peer of
// the connection: behind a reverse proxy all clients share one, so raise address_failures
// there (or the address-wide lock would bar everyone behind it).
//
// Stateless apart from the database: safe from any thread, each with its own connection.
#pragma once

#include <string>

#include "core/clock.h"
#include "store/security_repository.h"

namespace sanwang::api {

struct LockoutPolicy {
  int account_failures = 5;
  int address_failures = 20;
  int window_s = 15 * 60;
  int lock_s = 15 * 60;
};

class SignInLockout {
 public:
  SignInLockout(const Clock& clock, LockoutPolicy policy, std::string district_code)
      : clock_(clock), policy_(policy), district_(std::move(district_code)) {}

  // Whether `remote_address` is barred from trying `username` now.
  Result<bool> Locked(store::SecurityRepository& security, const std::string& username,
                      const std::string& remote_address) const;
  // Records a failure and locks what it brings to its threshold.
  Status RecordFailure(store::SecurityRepository& security, const std::string& username,
                       const std::string& remote_address) const;
  // A good sign-in forgets this address's failures at this account (not other addresses').
  Status RecordSuccess(store::SecurityRepository& security, const std::string& username,
                       const std::string& remote_address) const;

 private:
  // `username` empty: the address-wide lock.
  Status LockAtThreshold(store::SecurityRepository& security, const std::string& username,
                         const std::string& attempted_username, const std::string& remote_address,
                         int threshold) const;

  const Clock& clock_;
  LockoutPolicy policy_;
  std::string district_;
};

}  // namespace sanwang::api
