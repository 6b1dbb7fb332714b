#include "api/auth.h"

#include <sodium.h>

#include <cstdlib>

#include "org/password.h"
#include "store/security_repository.h"
#include "store/user_repository.h"

namespace sanwang::api {
namespace {

constexpr std::size_t kTokenBytes = 32;
constexpr UnixSeconds kTouchEverySeconds = 60;
const char* kBadCredentials = "用户名或密码错误 wrong username or password";

Status Unauthenticated(const std::string& message) { return {ErrorCode::kUnauthenticated, message}; }

std::string BearerToken(const std::string& header) {
  const std::string prefix = "Bearer ";
  if (header.size() > prefix.size() && header.compare(0, prefix.size(), prefix) == 0) {
    return header.substr(prefix.size());
  }
  return "";
}

}  // namespace

namespace {

// libsodium must be initialised once before use.
bool SodiumReady() {
  static const bool ready = sodium_init() >= 0;
  return ready;
}

}  // namespace

std::string NewToken() {
  if (!SodiumReady()) std::abort();  // no safe randomness: do not hand out tokens
  unsigned char bytes[kTokenBytes];
  randombytes_buf(bytes, sizeof bytes);
  char out[sodium_base64_ENCODED_LEN(kTokenBytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(out, sizeof out, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return out;
}

std::string HashToken(const std::string& token) {
  if (!SodiumReady()) std::abort();
  unsigned char hash[crypto_generichash_BYTES];
  crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(token.data()), token.size(),
                     nullptr, 0);
  char hex[crypto_generichash_BYTES * 2 + 1];
  sodium_bin2hex(hex, sizeof hex, hash, sizeof hash);
  return hex;
}

Result<SignInResult> Authenticator::SignIn(store::Database& db, const std::string& username,
                                           const std::string& password, const std::string& remote_address) const {
  store::SecurityRepository security(db);
  UnixSeconds now = clock_.Now();
  SW_ASSIGN_OR_RETURN(int failures, security.CountSignInFailures(username, now - policy_.failure_window_s));
  if (failures >= policy_.max_failures) {
    return Unauthenticated("账户已锁定，请15分钟后再试 account locked after repeated failures; try again in 15 minutes");
  }
  SW_ASSIGN_OR_RETURN(auto user, store::UserRepository(db).FindByUsername(username));
  if (!user || user->disabled || !org::VerifyPassword(user->password_hash, password)) {
    SW_RETURN_IF_ERROR(security.RecordSignInFailure(district_, username, now, remote_address));
    return Unauthenticated(kBadCredentials);
  }
  SignInResult result{NewToken(), NewToken(), *user};
  SW_RETURN_IF_ERROR(security.ClearSignInFailures(username));
  SW_RETURN_IF_ERROR(security.InsertSession(
      {HashToken(result.token), district_, user->id, result.csrf_token, now, now, remote_address}));
  return result;
}

Result<std::optional<Session>> Authenticator::Authenticate(store::Database& db,
                                                           const std::string& authorization_header,
                                                           const std::string& cookie_token) const {
  std::string token = BearerToken(authorization_header);
  bool via_cookie = token.empty();
  if (via_cookie) token = cookie_token;
  if (token.empty()) return std::optional<Session>();
  store::SecurityRepository security(db);
  std::string hash = HashToken(token);
  SW_ASSIGN_OR_RETURN(auto stored, security.FindSession(hash));
  UnixSeconds now = clock_.Now();
  if (!stored) return Unauthenticated("会话无效，请重新登录 session is not valid; sign in again");
  if (now - stored->last_seen_at > policy_.idle_timeout_s || now - stored->created_at > policy_.absolute_timeout_s) {
    SW_RETURN_IF_ERROR(security.DeleteSession(hash));
    return Unauthenticated("会话已过期，请重新登录 session expired; sign in again");
  }
  SW_ASSIGN_OR_RETURN(store::UserRecord user, store::UserRepository(db).Get(stored->user_id));
  if (user.disabled) return Unauthenticated("账户已停用 account disabled");
  // Idle time is kept to the minute: touching the session on every request would make
  // every read a write (and, on SQLite, a sync to disk).
  if (now - stored->last_seen_at >= kTouchEverySeconds) SW_RETURN_IF_ERROR(security.TouchSession(hash, now));
  return std::optional<Session>(Session{user, cases::Actor::FromUser(user), hash, stored->csrf_token, via_cookie});
}

Status Authenticator::SignOut(store::Database& db, const Session& session) const {
  return store::SecurityRepository(db).DeleteSession(session.token_hash);
}

Result<std::string> Authenticator::CheckApiKey(store::Database& db, const std::string& api_key) const {
  if (api_key.empty()) return PermissionDenied("api_key is required");
  SW_ASSIGN_OR_RETURN(auto name, store::SecurityRepository(db).FindApiKey(HashToken(api_key)));
  if (!name) return PermissionDenied("api_key is not valid");
  return *name;
}

Result<std::string> Authenticator::CreateApiKey(store::Database& db, const std::string& name) const {
  if (name.empty() || name.size() > 100) return InvalidArgument("an API key needs a name of 1–100 bytes", "name");
  std::string key = NewToken();
  SW_RETURN_IF_ERROR(store::SecurityRepository(db).InsertApiKey(district_, name, HashToken(key), clock_.Now()).status());
  return key;
}

}  // namespace sanwang::api
