// Authentication (docs/architecture.md §9): sign-in with argon2id-hashed passwords, lockout
// by address and account (sign_in_lockout.h), opaque session tokens stored only as hashes,
// idle (30 min) and absolute (12 h) expiry, cookie sessions with a CSRF token for writes,
// bearer tokens for programs, password changes and resets, and Open311 API keys.
//
// The password policy (org/password_rules.h) decides, at each sign-in and each request,
// whether the account must change its password before anything else: after a reset, with
// an expired password, or with the demo's password on a server others can reach. A change
// may not go back to one of the account's last passwords (store/password_history_repository.h).
//
// Accounts with two-step sign-in (org/two_factor.h) send a one-time code (or a recovery
// code) with the password: the code is checked with the password, and used up when the
// session opens. An account whose role must have it and does not yet gets a session that
// may only set it up (Session::must_set_up_two_factor), as with a required password change.
//
// Password hashing is slow on purpose, so each password operation comes in two steps: a
// check that reads and hashes (CheckCredentials, PreparePasswordChange; run on a worker
// pool, never on the single writer of the group commit) and a short write that acts on its
// outcome (CompleteSignIn, ChangePassword). A sign-in for an unknown or disabled account
// verifies against a dummy hash of the same cost, so its answer and its time match those
// of a wrong password for a real account.
//
// Its only state besides the database is the session cache (session_cache.h): the sessions
// requests carried lately, so that a signed-in read does not look its session and account up
// in the database each time. Safe to use from every worker thread, each with its own
// Database connection.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "api/session_cache.h"
#include "api/sign_in_lockout.h"
#include "cases/actor.h"
#include "core/clock.h"
#include "org/password.h"
#include "org/password_rules.h"
#include "org/two_factor.h"
#include "store/database.h"
#include "store/database_pool.h"
#include "store/records.h"

namespace sanwang::api {

struct AuthPolicy {
  LockoutPolicy lockout;
  int idle_timeout_s = 30 * 60;
  int absolute_timeout_s = 12 * 3600;
  // How long a session read from the database is trusted without reading it again: the
  // longest a change made by another process (an account disabled from the command line)
  // can go unseen. Changes through this server end cached sessions at once.
  std::chrono::milliseconds session_cache_age{2000};
  // Expiry and history ([passwords], Config::passwords).
  PasswordSettings passwords;
  // Who must use two-step sign-in ([two_factor], Config::two_factor).
  TwoFactorSettings two_factor;
  // Whether the server listens on loopback only: the demo password rule needs it.
  org::ServerReach reach;
};

struct Session {
  store::UserRecord user;
  cases::Actor actor;
  std::string token_hash;
  std::string csrf_token;
  bool via_cookie = false;  // cookie sessions must send the CSRF token on writes
  // Why the account must change its password first (user.must_change_password is then set).
  org::PasswordChangeReason password_change = org::PasswordChangeReason::kNone;
  // The account's role must have two-step sign-in and it is not on yet: the session may
  // only set it up (and sign out).
  bool must_set_up_two_factor = false;
};

struct SignInResult {
  std::string token;  // give to the client once; only its hash is stored
  std::string csrf_token;
  store::UserRecord user;
  org::PasswordChangeReason password_change = org::PasswordChangeReason::kNone;  // as in Session
  bool must_set_up_two_factor = false;                                           // as in Session
  // How the second step was passed: "one_time_code", "recovery_code", or "" (none asked).
  std::string second_step;
};

// The outcome of checking a username and password, for CompleteSignIn.
struct CredentialCheck {
  std::string username;
  std::string remote_address;
  bool locked = false;
  std::optional<store::UserRecord> user;  // set only when the password matched an enabled account
  org::SecondStep second;                 // the code that came with it, checked
};

// A checked password change, for ChangePassword.
struct PasswordChange {
  store::Id user_id = 0;
  std::string old_hash;  // the hash the old password was verified against
  std::string new_hash;
};

inline constexpr const char* kSessionCookie = "sw_session";

// A random URL-safe token of 32 bytes, and the hash under which it is stored.
std::string NewToken();
std::string HashToken(const std::string& token);

class Authenticator {
 public:
  Authenticator(const Clock& clock, const AuthPolicy& policy, std::string district_code,
                org::PasswordVerifier verify = org::VerifyPassword)
      : clock_(clock),
        policy_(policy),
        district_(std::move(district_code)),
        verify_(std::move(verify)),
        lockout_(clock, policy.lockout, district_),
        sessions_(kSessionCacheEntries, policy.session_cache_age) {}

  // Reads (leasing connections from `pool` only while it reads) and verifies the password,
  // and `code` against the account's two-step setup.
  Result<CredentialCheck> CheckCredentials(store::DatabasePool& pool, const std::string& username,
                                           const std::string& password, const std::string& code,
                                           const std::string& remote_address) const;
  // Records the failure or opens the session. Unauthenticated on a wrong username or
  // password (the same message for both), on a disabled account, and while locked out;
  // Unauthenticated naming `code` when the account has two-step sign-in and the code is
  // missing, wrong or used already (a wrong one counts towards the lockout).
  Result<SignInResult> CompleteSignIn(store::Database& db, const CredentialCheck& check) const;
  // Both steps on one connection (tools and tests).
  Result<SignInResult> SignIn(store::Database& db, store::DatabasePool& pool, const std::string& username,
                              const std::string& password, const std::string& remote_address,
                              const std::string& code = "") const;

  // Verifies the old password of the signed-in `user`, applies the policy to the new one —
  // including that it is none of the account's last passwords (read leasing a connection
  // from `pool`) — and hashes it. Slow: for the worker pool.
  Result<PasswordChange> PreparePasswordChange(store::DatabasePool& pool, const store::UserRecord& user,
                                               const std::string& old_password,
                                               const std::string& new_password) const;
  // Stores the new password and keeps the old one in the account's history, ends every
  // session of the account and opens a new one for the client that changed it.
  Result<SignInResult> ChangePassword(store::Database& db, const Session& session,
                                      const PasswordChange& change, const std::string& remote_address) const;
  // The security officer's reset, of an account of their district, under the configured
  // history (org/password_reset.h).
  Result<store::UserRecord> ResetPassword(store::Database& db, const std::string& district,
                                          const std::string& username, const std::string& new_hash) const;
  // The session a request carries (a bearer token first, else the cookie), if valid.
  Result<std::optional<Session>> Authenticate(store::Database& db, const std::string& authorization_header,
                                              const std::string& cookie_token) const;
  Status SignOut(store::Database& db, const Session& session) const;
  // The cache of recent sessions, for the server to mark writes that may change accounts.
  SessionCache& sessions() const { return sessions_; }
  // The name of the integrator whose Open311 API key this is, a key of `district`.
  Result<std::string> CheckApiKey(store::Database& db, const std::string& district,
                                  const std::string& api_key) const;
  Result<std::string> CreateApiKey(store::Database& db, const std::string& name) const;
  // Opens a session for `user` without a password check: an account that was just made
  // with the password the client sent (a resident's registration), or after a sign-in.
  // The session may be one that must change the password first (org/password_rules.h).
  Result<SignInResult> OpenSession(store::Database& db, const store::UserRecord& user,
                                   const std::string& remote_address) const;

 private:
  // Uses up the second step of `check` for `user` on the writer: the one-time code's step
  // or the recovery code, each only once. What the SignInResult says of it, or the refusal.
  Result<std::string> PassSecondStep(store::Database& db, const CredentialCheck& check,
                                     const store::UserRecord& user) const;
  // Whether `user` must set up two-step sign-in before anything else.
  Result<bool> MustSetUpTwoFactor(store::Database& db, const store::UserRecord& user) const;
  // Why `user` must change their password now; marks `user` so when it must.
  org::PasswordChangeReason ApplyPasswordRules(store::UserRecord& user, UnixSeconds now) const;
  // Keeps `replaced_hash`, the password `user` held until `now`, in its history.
  Status RememberPassword(store::Database& db, const store::UserRecord& user,
                          const std::string& replaced_hash, UnixSeconds now) const;

  const Clock& clock_;
  AuthPolicy policy_;
  std::string district_;
  org::PasswordVerifier verify_;
  SignInLockout lockout_;
  static constexpr std::size_t kSessionCacheEntries = 10000;
  mutable SessionCache sessions_;  // thread-safe itself
};

}  // namespace sanwang::api
