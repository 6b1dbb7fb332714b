// Authentication (docs/architecture.md §9): sign-in with argon2id-hashed passwords, lockout after 5
// failures in 15 minutes, opaque session tokens stored only as hashes, idle (30 min) and
// absolute (12 h) expiry, cookie sessions with a CSRF token for writes, bearer tokens for
// programs, and Open311 API keys.
//
// Stateless apart from the database: safe to use from every worker thread, each with its
// own Database connection.
#pragma once

#include <optional>
#include <string>

#include "cases/actor.h"
#include "core/clock.h"
#include "store/database.h"
#include "store/records.h"

namespace sanwang::api {

struct AuthPolicy {
  int max_failures = 5;
  int failure_window_s = 15 * 60;
  int idle_timeout_s = 30 * 60;
  int absolute_timeout_s = 12 * 3600;
};

struct Session {
  store::UserRecord user;
  cases::Actor actor;
  std::string token_hash;
  std::string csrf_token;
  bool via_cookie = false;  // cookie sessions must send the CSRF token on writes
};

struct SignInResult {
  std::string token;  // give to the client once; only its hash is stored
  std::string csrf_token;
  store::UserRecord user;
};

inline constexpr const char* kSessionCookie = "sw_session";

// A random URL-safe token of 32 bytes, and the hash under which it is stored.
std::string NewToken();
std::string HashToken(const std::string& token);

class Authenticator {
 public:
  Authenticator(const Clock& clock, AuthPolicy policy, std::string district_code)
      : clock_(clock), policy_(policy), district_(std::move(district_code)) {}

  // Unauthenticated on a wrong username or password (the same message for both), on a
  // disabled account, and while the account is locked out.
  Result<SignInResult> SignIn(store::Database& db, const std::string& username, const std::string& password,
                              const std::string& remote_address) const;
  // The session a request carries (a bearer token first, else the cookie), if valid.
  Result<std::optional<Session>> Authenticate(store::Database& db, const std::string& authorization_header,
                                              const std::string& cookie_token) const;
  Status SignOut(store::Database& db, const Session& session) const;
  // The name of the integrator whose Open311 API key this is.
  Result<std::string> CheckApiKey(store::Database& db, const std::string& api_key) const;
  Result<std::string> CreateApiKey(store::Database& db, const std::string& name) const;

 private:
  const Clock& clock_;
  AuthPolicy policy_;
  std::string district_;
};

}  // namespace sanwang::api
