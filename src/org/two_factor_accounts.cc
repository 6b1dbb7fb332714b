#include "org/two_factor_accounts.h"

#include "core/base32.h"
#include "core/one_time_code.h"
#include "org/account_actions.h"
#include "org/two_factor.h"
#include "store/security_repository.h"
#include "store/two_factor_repository.h"
#include "store/user_repository.h"

namespace sanwang::org {
namespace {

const char* kWrongCode = "动态验证码错误或已用过 the one-time code is wrong or was used already";

Status WrongCode() { return InvalidArgument(kWrongCode, "code"); }
Status NotOn() { return FailedPrecondition("两步验证未开启 two-step sign-in is not on"); }

Status Offered(const store::UserRecord& user) {
  if (TwoFactorOffered(user.role)) return Status::Ok();
  return PermissionDenied("居民账号不使用两步验证 resident accounts do not use two-step sign-in");
}

}  // namespace

Result<TwoFactorStanding> TwoFactorAccounts::Standing(const store::UserRecord& user) const {
  TwoFactorStanding standing;
  standing.offered = TwoFactorOffered(user.role);
  standing.required = TwoFactorRequired(user.role, settings_, reach_);
  store::TwoFactorRepository repo(db_);
  SW_ASSIGN_OR_RETURN(auto setup, repo.Find(user.id));
  standing.on = setup && setup->enabled_at;
  standing.pending = setup && !setup->enabled_at;
  standing.may_turn_off = standing.on && MayTurnOffOwnTwoFactor(user.role, settings_).ok();
  if (standing.on) {
    SW_ASSIGN_OR_RETURN(standing.recovery_codes_left, repo.RecoveryCodesLeft(user.id));
  }
  return standing;
}

Result<bool> TwoFactorAccounts::MustSetUp(const store::UserRecord& user) const {
  if (!TwoFactorRequired(user.role, settings_, reach_)) return false;
  SW_ASSIGN_OR_RETURN(auto setup, store::TwoFactorRepository(db_).Find(user.id));
  return !(setup && setup->enabled_at);
}

Result<TwoFactorSetup> TwoFactorAccounts::BeginSetup(const store::UserRecord& user) const {
  SW_RETURN_IF_ERROR(Offered(user));
  std::string key = NewTwoFactorSecret();
  std::string secret = Base32Encode(key);
  SW_RETURN_IF_ERROR(store::TwoFactorRepository(db_).SavePending(
      {user.id, user.district_code, secret, now_, std::nullopt, 0}));
  return TwoFactorSetup{secret, OtpauthUri(settings_.issuer, user.username, key)};
}

Result<std::vector<std::string>> TwoFactorAccounts::Confirm(const store::UserRecord& user,
                                                            const std::string& code) const {
  SW_RETURN_IF_ERROR(Offered(user));
  store::TwoFactorRepository repo(db_);
  SW_ASSIGN_OR_RETURN(auto setup, repo.Find(user.id));
  if (!setup || setup->enabled_at)
    return Conflict("没有待确认的两步验证设置 no two-step setup waits for a code");
  std::optional<std::string> key = Base32Decode(setup->secret);
  auto step = key ? MatchTotp(*key, code, now_, 0) : std::nullopt;
  if (!step) return WrongCode();
  SW_ASSIGN_OR_RETURN(bool enabled, repo.Enable(user.id, now_, static_cast<std::int64_t>(*step)));
  if (!enabled) return Conflict("两步验证已开启 two-step sign-in is on already");
  return StoreNewRecoveryCodes(user);
}

Result<std::vector<std::string>> TwoFactorAccounts::RenewRecoveryCodes(const store::UserRecord& user,
                                                                       const std::string& code) const {
  SW_RETURN_IF_ERROR(UseOneTimeCode(user, code));
  return StoreNewRecoveryCodes(user);
}

Status TwoFactorAccounts::TurnOff(const store::UserRecord& user, const std::string& code) const {
  SW_RETURN_IF_ERROR(Offered(user));
  SW_RETURN_IF_ERROR(MayTurnOffOwnTwoFactor(user.role, settings_));
  SW_RETURN_IF_ERROR(UseOneTimeCode(user, code));
  return store::TwoFactorRepository(db_).Remove(user.id);
}

Status TwoFactorAccounts::ClearFor(const store::UserRecord& by, const std::string& username,
                                   const std::string& district) const {
  SW_ASSIGN_OR_RETURN(auto found, store::UserRepository(db_).FindByUsername(username));
  if (!found || found->district_code != district) return NotFound("没有该账号 no user '" + username + "'");
  SW_RETURN_IF_ERROR(CheckAccountAction(by, AccountAction::kResetTwoFactor, *found));
  return Clear(*found);
}

Status TwoFactorAccounts::Clear(const store::UserRecord& account) const {
  return db_.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(store::TwoFactorRepository(db_).Remove(account.id));
    return store::SecurityRepository(db_).DeleteSessionsOf(account.id);
  });
}

Status TwoFactorAccounts::UseOneTimeCode(const store::UserRecord& user, const std::string& code) const {
  SW_RETURN_IF_ERROR(Offered(user));
  store::TwoFactorRepository repo(db_);
  SW_ASSIGN_OR_RETURN(auto setup, repo.Find(user.id));
  if (!setup || !setup->enabled_at) return NotOn();
  SecondStep second = CheckSecondStep(setup, code, now_);
  if (second.kind != SecondStep::kOneTime) return WrongCode();
  SW_ASSIGN_OR_RETURN(bool used, repo.UseStep(user.id, static_cast<std::int64_t>(second.step)));
  return used ? Status::Ok() : WrongCode();
}

Result<std::vector<std::string>> TwoFactorAccounts::StoreNewRecoveryCodes(
    const store::UserRecord& user) const {
  std::vector<std::string> codes = NewRecoveryCodes();
  std::vector<std::string> hashes;
  hashes.reserve(codes.size());
  for (const std::string& code : codes) hashes.push_back(RecoveryCodeHash(code));
  SW_RETURN_IF_ERROR(
      store::TwoFactorRepository(db_).ReplaceRecoveryCodes(user.id, user.district_code, hashes));
  return codes;
}

}  // namespace sanwang::org
