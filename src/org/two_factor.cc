#include "org/two_factor.h"

#include <algorithm>
#include <cstdlib>

#include "core/base32.h"
#include "core/blake2b.h"
#include "core/one_time_code.h"
#include "core/secure_random.h"
#include "core/url_encoding.h"
#include "org/roles.h"

namespace sanwang::org {
namespace {

constexpr std::size_t kSecretBytes = 20;
constexpr std::string_view kRecoveryAlphabet = "23456789abcdefghjkmnpqrstuvwxyz";  // no 0 o 1 l i
constexpr std::size_t kRecoveryHalf = 5;

SecondStep Outcome(SecondStep::Kind kind, std::uint64_t step = 0, std::string recovery_hash = {}) {
  SecondStep outcome;
  outcome.kind = kind;
  outcome.step = step;
  outcome.recovery_hash = std::move(recovery_hash);
  return outcome;
}

bool Contains(const std::vector<std::string>& roles, std::string_view role) {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

std::string NormalizedRecoveryCode(std::string_view code) {
  std::string out;
  for (char c : code) {
    if (c == '-' || c == ' ') continue;
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

}  // namespace

bool TwoFactorOffered(std::string_view role) { return InSet(TwoFactorRoles(), role); }

bool TwoFactorRequired(std::string_view role, const TwoFactorSettings& settings, ServerReach reach) {
  return !reach.loopback_only && TwoFactorOffered(role) && Contains(settings.required_roles, role);
}

Status MayTurnOffOwnTwoFactor(std::string_view role, const TwoFactorSettings& settings) {
  if (role == kAdmin)
    return PermissionDenied(
        "管理员不能关闭自己的两步验证 an administrator cannot turn off their own two-step sign-in");
  if (Contains(settings.required_roles, role))
    return PermissionDenied("该角色必须使用两步验证 this role must keep two-step sign-in");
  return Status::Ok();
}

Status CheckTwoFactorSettings(const TwoFactorSettings& settings) {
  for (const std::string& role : settings.required_roles) {
    if (!IsKnownRole(role) || !TwoFactorOffered(role))
      return InvalidArgument("config: two_factor.required_roles names '" + role + "', not a staff role",
                             "two_factor.required_roles");
  }
  if (settings.issuer.empty() || settings.issuer.find(':') != std::string::npos)
    return InvalidArgument("config: two_factor.issuer must be a name without ':'", "two_factor.issuer");
  return Status::Ok();
}

std::string NewTwoFactorSecret() {
  std::string secret(kSecretBytes, '\0');
  SecureRandomBytes(secret.data(), secret.size());
  return secret;
}

std::string OtpauthUri(std::string_view issuer, std::string_view account, std::string_view secret) {
  // Key URI format of the common authenticator apps: the label is "issuer:account", and the
  // issuer is repeated as a parameter for apps that read only that.
  std::string label = PercentEncode(std::string(issuer) + ":" + std::string(account));
  return "otpauth://totp/" + label + "?secret=" + Base32Encode(secret) +
         "&issuer=" + PercentEncode(std::string(issuer)) + "&algorithm=SHA1&digits=6&period=30";
}

std::vector<std::string> NewRecoveryCodes() {
  std::vector<std::string> codes;
  for (int n = 0; n < kRecoveryCodeCount; ++n) {
    std::string code;
    for (std::size_t i = 0; i < 2 * kRecoveryHalf; ++i) {
      if (i == kRecoveryHalf) code += '-';
      code += kRecoveryAlphabet[SecureRandomBelow(static_cast<std::uint32_t>(kRecoveryAlphabet.size()))];
    }
    codes.push_back(std::move(code));
  }
  return codes;
}

std::string RecoveryCodeHash(std::string_view code) { return Blake2bHex(NormalizedRecoveryCode(code)); }

CodeKind KindOfCode(std::string_view code) {
  if (code.empty()) return CodeKind::kNone;
  bool digits =
      code.size() == 6 && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
  if (digits) return CodeKind::kOneTime;
  std::string normalized = NormalizedRecoveryCode(code);
  bool recovery = normalized.size() == 2 * kRecoveryHalf &&
                  std::all_of(normalized.begin(), normalized.end(),
                              [](char c) { return kRecoveryAlphabet.find(c) != std::string_view::npos; });
  return recovery ? CodeKind::kRecovery : CodeKind::kMalformed;
}

SecondStep CheckSecondStep(const std::optional<store::TwoFactorRecord>& setup, std::string_view code,
                           UnixSeconds now) {
  if (!setup || !setup->enabled_at) return {};
  switch (KindOfCode(code)) {
    case CodeKind::kNone:
      return Outcome(SecondStep::kMissing);
    case CodeKind::kRecovery:
      return Outcome(SecondStep::kRecovery, 0, RecoveryCodeHash(code));
    case CodeKind::kMalformed:
      return Outcome(SecondStep::kWrong);
    case CodeKind::kOneTime:
      break;
  }
  std::optional<std::string> key = Base32Decode(setup->secret);
  if (!key) return Outcome(SecondStep::kWrong);
  auto step = MatchTotp(*key, code, now, static_cast<std::uint64_t>(setup->last_step));
  if (!step) return Outcome(SecondStep::kWrong);
  return Outcome(SecondStep::kOneTime, *step);
}

}  // namespace sanwang::org
