// Two-step sign-in (GB/T 22239-2019 level 3, 身份鉴别: two kinds of proof for
// administrators): a password and a one-time code from an authenticator app (TOTP, RFC 6238,
// core/one_time_code.h), or one of ten single-use recovery codes when the phone is lost.
//
// The rules:
//   - staff accounts may set it up; residents sign in with their phone's password alone;
//   - accounts of the roles in [two_factor] required_roles must set it up before they may
//     do anything else, on a server others can reach (as with the demo password, a server
//     on loopback — one's own machine, the tests — is left usable as it is);
//   - once on, it stays on for those roles, and an administrator can never turn their own
//     off (so a stolen administrator password and session cannot quietly remove it); an
//     administrator may clear another account's (a lost phone), which ends its sessions.
// Pure functions, apart from the randomness of new secrets and codes; safe from any thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "core/time.h"
#include "core/two_factor_settings.h"
#include "org/password_rules.h"
#include "store/two_factor_repository.h"

namespace sanwang::org {

inline constexpr int kRecoveryCodeCount = 10;

// Whether accounts of `role` may set up two-step sign-in at all (staff, not residents).
bool TwoFactorOffered(std::string_view role);
// Whether an account of `role` without it must set it up before anything else.
bool TwoFactorRequired(std::string_view role, const TwoFactorSettings& settings, ServerReach reach);
// PermissionDenied when the holder of an account of `role` may not turn their own off.
Status MayTurnOffOwnTwoFactor(std::string_view role, const TwoFactorSettings& settings);
// InvalidArgument naming `required_roles` for a name that is not a role.
Status CheckTwoFactorSettings(const TwoFactorSettings& settings);

// A new shared secret: 20 random bytes (160 bits, as RFC 4226 §4 recommends).
std::string NewTwoFactorSecret();
// The otpauth:// link an authenticator app reads from a QR code.
std::string OtpauthUri(std::string_view issuer, std::string_view account, std::string_view secret);

// Ten new recovery codes, "xxxxx-xxxxx" of lower-case letters and digits without the
// look-alikes (0/o, 1/l/i): about 48 bits each.
std::vector<std::string> NewRecoveryCodes();
// What is stored of a recovery code: a hash of it with case, spaces and dashes ignored.
std::string RecoveryCodeHash(std::string_view code);

enum class CodeKind { kNone, kOneTime, kRecovery, kMalformed };
// What a sign-in's `code` holds: nothing, six digits, something shaped like a recovery
// code, or neither.
CodeKind KindOfCode(std::string_view code);

// What a sign-in's second step came to, checked against the account's stored setup at `now`
// (read-only: the step or recovery code is used up when the session opens).
struct SecondStep {
  enum Kind {
    kNotOn,     // the account has no two-step sign-in: the password is enough
    kMissing,   // it has, and no code came
    kWrong,     // a code came that is not valid now
    kOneTime,   // a valid one-time code, for `step`
    kRecovery,  // something shaped like a recovery code, stored under `recovery_hash`
  };
  Kind kind = kNotOn;
  std::uint64_t step = 0;
  std::string recovery_hash;
};
SecondStep CheckSecondStep(const std::optional<store::TwoFactorRecord>& setup, std::string_view code,
                           UnixSeconds now);

}  // namespace sanwang::org
