#include "api/auth.h"

#include <sodium.h>

#include <cstdlib>

#include "core/blake2b.h"
#include "core/secure_random.h"
#include "org/password.h"
#include "org/password_reset.h"
#include "org/two_factor_accounts.h"
#include "store/password_history_repository.h"
#include "store/security_repository.h"
#include "store/two_factor_repository.h"
#include "store/user_repository.h"

namespace sanwang::api {
namespace {

constexpr std::size_t kTokenBytes = 32;
constexpr UnixSeconds kTouchEverySeconds = 60;
const char* kBadCredentials = "用户名或密码错误 wrong username or password";
const char* kCodeNeeded = "请输入两步验证的动态验证码 enter the one-time code of your two-step sign-in";
const char* kWrongCode = "动态验证码错误或已用过 the one-time code is wrong or was used already";
const char* kLocked =
    "登录失败次数过多，已暂时锁定，请稍后再试 sign-in locked after repeated failures; try again later";

Status Unauthenticated(const std::string& message) { return {ErrorCode::kUnauthenticated, message}; }

std::string BearerToken(const std::string& header) {
  const std::string prefix = "Bearer ";
  if (header.size() > prefix.size() && header.compare(0, prefix.size(), prefix) == 0) {
    return header.substr(prefix.size());
  }
  return "";
}

}  // namespace

std::string NewToken() {
  unsigned char bytes[kTokenBytes];
  SecureRandomBytes(bytes, sizeof bytes);
  char out[sodium_base64_ENCODED_LEN(kTokenBytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING)];
  sodium_bin2base64(out, sizeof out, bytes, sizeof bytes, sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  return out;
}

std::string HashToken(const std::string& token) { return Blake2bHex(token); }

Result<CredentialCheck> Authenticator::CheckCredentials(store::DatabasePool& pool,
                                                        const std::string& username,
                                                        const std::string& password, const std::string& code,
                                                        const std::string& remote_address) const {
  CredentialCheck check{username, remote_address, false, std::nullopt, {}};
  std::optional<store::UserRecord> user;
  std::optional<store::TwoFactorRecord> two_factor;
  {
    auto lease = pool.Acquire();
    store::SecurityRepository security(*lease);
    SW_ASSIGN_OR_RETURN(check.locked, lockout_.Locked(security, username, remote_address));
    if (check.locked) return check;
    SW_ASSIGN_OR_RETURN(user, store::UserRepository(*lease).FindByUsername(username));
    if (user) {
      SW_ASSIGN_OR_RETURN(two_factor, store::TwoFactorRepository(*lease).Find(user->id));
    }
  }
  bool usable = user && !user->disabled;
  // Always one verification, so that an unknown name costs what a known one does.
  bool matched = verify_(usable ? user->password_hash : org::DummyPasswordHash(), password);
  if (usable && matched) {
    check.user = std::move(user);
    check.second = org::CheckSecondStep(two_factor, code, clock_.Now());
  }
  return check;
}

Result<std::string> Authenticator::PassSecondStep(store::Database& db, const CredentialCheck& check,
                                                  const store::UserRecord& user) const {
  store::TwoFactorRepository repo(db);
  org::SecondStep second = check.second;
  if (second.kind == org::SecondStep::kNotOn) {
    // Turned on since the check: the code it did not ask for is needed now.
    SW_ASSIGN_OR_RETURN(auto setup, repo.Find(user.id));
    if (setup && setup->enabled_at) second.kind = org::SecondStep::kMissing;
  }
  bool passed = false;
  switch (second.kind) {
    case org::SecondStep::kNotOn:
      return std::string();
    case org::SecondStep::kMissing:
      return Status{ErrorCode::kUnauthenticated, kCodeNeeded, "code"};
    case org::SecondStep::kWrong:
      break;
    case org::SecondStep::kOneTime: {
      SW_ASSIGN_OR_RETURN(passed, repo.UseStep(user.id, static_cast<std::int64_t>(second.step)));
      if (passed) return std::string("one_time_code");
      break;
    }
    case org::SecondStep::kRecovery: {
      SW_ASSIGN_OR_RETURN(passed, repo.UseRecoveryCode(user.id, second.recovery_hash, clock_.Now()));
      if (passed) return std::string("recovery_code");
      break;
    }
  }
  store::SecurityRepository security(db);
  SW_RETURN_IF_ERROR(lockout_.RecordFailure(security, check.username, check.remote_address));
  return Status{ErrorCode::kUnauthenticated, kWrongCode, "code"};
}

Result<bool> Authenticator::MustSetUpTwoFactor(store::Database& db, const store::UserRecord& user) const {
  return org::TwoFactorAccounts(db, clock_.Now(), policy_.two_factor, policy_.reach).MustSetUp(user);
}

Result<SignInResult> Authenticator::CompleteSignIn(store::Database& db, const CredentialCheck& check) const {
  store::SecurityRepository security(db);
  // Checked again: failures committed since the check may have locked this address.
  SW_ASSIGN_OR_RETURN(bool locked, lockout_.Locked(security, check.username, check.remote_address));
  if (check.locked || locked) return Unauthenticated(kLocked);
  std::optional<store::UserRecord> user = check.user;
  if (user) {
    // The account as it is now: disabled, or its password changed, since the check.
    SW_ASSIGN_OR_RETURN(auto current, store::UserRepository(db).FindByUsername(check.username));
    if (!current || current->disabled || current->password_hash != user->password_hash)
      user.reset();
    else
      user = std::move(current);
  }
  if (!user) {
    SW_RETURN_IF_ERROR(lockout_.RecordFailure(security, check.username, check.remote_address));
    return Unauthenticated(kBadCredentials);
  }
  SW_ASSIGN_OR_RETURN(std::string second_step, PassSecondStep(db, check, *user));
  SW_RETURN_IF_ERROR(lockout_.RecordSuccess(security, check.username, check.remote_address));
  SW_ASSIGN_OR_RETURN(SignInResult opened, OpenSession(db, *user, check.remote_address));
  opened.second_step = std::move(second_step);
  return opened;
}

Result<SignInResult> Authenticator::SignIn(store::Database& db, store::DatabasePool& pool,
                                           const std::string& username, const std::string& password,
                                           const std::string& remote_address, const std::string& code) const {
  SW_ASSIGN_OR_RETURN(CredentialCheck check,
                      CheckCredentials(pool, username, password, code, remote_address));
  return CompleteSignIn(db, check);
}

org::PasswordChangeReason Authenticator::ApplyPasswordRules(store::UserRecord& user, UnixSeconds now) const {
  org::PasswordChangeReason reason = org::RequiredPasswordChange(user, now, policy_.passwords, policy_.reach);
  if (reason != org::PasswordChangeReason::kNone) user.must_change_password = true;
  return reason;
}

Status Authenticator::RememberPassword(store::Database& db, const store::UserRecord& user,
                                       const std::string& replaced_hash, UnixSeconds now) const {
  return store::PasswordHistoryRepository(db).Remember({user.id, user.district_code, replaced_hash, now},
                                                       org::EarlierPasswordsKept(policy_.passwords));
}

Result<SignInResult> Authenticator::OpenSession(store::Database& db, const store::UserRecord& user,
                                                const std::string& remote_address) const {
  UnixSeconds now = clock_.Now();
  SignInResult result;
  result.token = NewToken();
  result.csrf_token = NewToken();
  result.user = user;
  result.password_change = ApplyPasswordRules(result.user, now);
  SW_ASSIGN_OR_RETURN(result.must_set_up_two_factor, MustSetUpTwoFactor(db, user));
  SW_RETURN_IF_ERROR(store::SecurityRepository(db).InsertSession(
      {HashToken(result.token), user.district_code, user.id, result.csrf_token, now, now, remote_address}));
  return result;
}

Result<PasswordChange> Authenticator::PreparePasswordChange(store::DatabasePool& pool,
                                                            const store::UserRecord& user,
                                                            const std::string& old_password,
                                                            const std::string& new_password) const {
  if (!verify_(user.password_hash, old_password)) {
    return InvalidArgument("当前密码错误 the current password is wrong", "old_password");
  }
  if (new_password == old_password) {
    return InvalidArgument("新密码不能与当前密码相同 the new password must differ from the current one",
                           "new_password");
  }
  Status policy = org::CheckPasswordPolicy(new_password, user.username);
  if (!policy.ok()) return InvalidArgument("新密码不符合要求 " + policy.message(), "new_password");
  std::vector<std::string> earlier;
  {
    auto lease = pool.Acquire();
    SW_ASSIGN_OR_RETURN(earlier, store::PasswordHistoryRepository(*lease).Recent(
                                     user.id, org::EarlierPasswordsKept(policy_.passwords)));
  }
  SW_RETURN_IF_ERROR(org::CheckNotReused(new_password, earlier, policy_.passwords, verify_));
  SW_ASSIGN_OR_RETURN(std::string new_hash, org::HashPassword(new_password));
  return PasswordChange{user.id, user.password_hash, std::move(new_hash)};
}

Result<SignInResult> Authenticator::ChangePassword(store::Database& db, const Session& session,
                                                   const PasswordChange& change,
                                                   const std::string& remote_address) const {
  if (change.user_id != session.user.id) return PermissionDenied("不能修改他人的密码 not your account");
  Result<SignInResult> result = Internal("unreachable");
  Status stored = db.InTransaction([&]() -> Status {
    store::UserRepository users(db);
    UnixSeconds now = clock_.Now();
    SW_RETURN_IF_ERROR(users.SetPassword(change.user_id, change.old_hash, change.new_hash, false, now));
    SW_RETURN_IF_ERROR(RememberPassword(db, session.user, change.old_hash, now));
    SW_RETURN_IF_ERROR(store::SecurityRepository(db).DeleteSessionsOf(change.user_id));
    SW_ASSIGN_OR_RETURN(store::UserRecord user, users.Get(change.user_id));
    result = OpenSession(db, user, remote_address);
    return result.status();
  });
  if (!stored.ok()) return stored;
  return result;
}

Result<store::UserRecord> Authenticator::ResetPassword(store::Database& db, const std::string& district,
                                                       const std::string& username,
                                                       const std::string& new_hash) const {
  return org::ResetPassword(db, district, username, new_hash, policy_.passwords, clock_.Now());
}

Result<std::optional<Session>> Authenticator::Authenticate(store::Database& db,
                                                           const std::string& authorization_header,
                                                           const std::string& cookie_token) const {
  std::string token = BearerToken(authorization_header);
  bool via_cookie = token.empty();
  if (via_cookie) token = cookie_token;
  if (token.empty()) return std::optional<Session>();
  std::string hash = HashToken(token);
  UnixSeconds now = clock_.Now();
  // A session cached a moment ago, still inside both timeouts and not yet due for its
  // touch, is what the database would say; anything else is read again below.
  if (auto cached = sessions_.Find(hash)) {
    bool current = now - cached->last_seen_at < kTouchEverySeconds &&
                   now - cached->last_seen_at <= policy_.idle_timeout_s &&
                   now - cached->created_at <= policy_.absolute_timeout_s;
    if (current) {
      cases::Actor actor = cases::Actor::FromUser(cached->user);
      Session session{std::move(cached->user), std::move(actor), std::move(hash),
                      std::move(cached->csrf_token), via_cookie};
      session.password_change = ApplyPasswordRules(session.user, now);
      session.must_set_up_two_factor = cached->must_set_up_two_factor;
      return std::optional<Session>(std::move(session));
    }
  }
  std::uint64_t ticket = sessions_.Ticket();
  store::SecurityRepository security(db);
  SW_ASSIGN_OR_RETURN(auto stored, security.FindSession(hash));
  if (!stored) return Unauthenticated("会话无效，请重新登录 session is not valid; sign in again");
  if (now - stored->last_seen_at > policy_.idle_timeout_s ||
      now - stored->created_at > policy_.absolute_timeout_s) {
    sessions_.Forget(hash);
    SW_RETURN_IF_ERROR(security.DeleteSession(hash));
    return Unauthenticated("会话已过期，请重新登录 session expired; sign in again");
  }
  SW_ASSIGN_OR_RETURN(store::UserRecord user, store::UserRepository(db).Get(stored->user_id));
  if (user.disabled) return Unauthenticated("账户已停用 account disabled");
  // Idle time is kept to the minute: touching the session on every request would make
  // every read a write (and, on SQLite, a sync to disk).
  UnixSeconds last_seen = stored->last_seen_at;
  if (now - last_seen >= kTouchEverySeconds) {
    SW_RETURN_IF_ERROR(security.TouchSession(hash, now));
    last_seen = now;
  }
  SW_ASSIGN_OR_RETURN(bool must_set_up, MustSetUpTwoFactor(db, user));
  sessions_.Store(hash, {user, stored->csrf_token, stored->created_at, last_seen, must_set_up}, ticket);
  Session session{user, cases::Actor::FromUser(user), hash, stored->csrf_token, via_cookie};
  session.password_change = ApplyPasswordRules(session.user, now);
  session.must_set_up_two_factor = must_set_up;
  return std::optional<Session>(std::move(session));
}

Status Authenticator::SignOut(store::Database& db, const Session& session) const {
  sessions_.Forget(session.token_hash);
  return store::SecurityRepository(db).DeleteSession(session.token_hash);
}

Result<std::string> Authenticator::CheckApiKey(store::Database& db, const std::string& district,
                                               const std::string& api_key) const {
  if (api_key.empty()) return PermissionDenied("缺少 api_key api_key is required");
  SW_ASSIGN_OR_RETURN(auto name, store::SecurityRepository(db).FindApiKey(district, HashToken(api_key)));
  if (!name) return PermissionDenied("api_key 无效 api_key is not valid");
  return *name;
}

Result<std::string> Authenticator::CreateApiKey(store::Database& db, const std::string& name) const {
  if (name.empty() || name.size() > 100)
    return InvalidArgument("API 密钥名称须为 1–100 字节 an API key needs a name of 1–100 bytes", "name");
  std::string key = NewToken();
  SW_RETURN_IF_ERROR(
      store::SecurityRepository(db).InsertApiKey(district_, name, HashToken(key), clock_.Now()).status());
  return key;
}

}  // namespace sanwang::api
