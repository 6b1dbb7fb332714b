// When an account must change its password before it may do anything else, and which
// passwords it may not choose (GB/T 22239-2019 level 3: passwords changed periodically,
// default passwords changed). The settings come from the [passwords] configuration
// (core/password_settings.h); the server's authentication (api/auth.h) applies these rules
// at each sign-in and each request, and on each password change.
//
// The reasons, in the order they are told:
//   - reset: an administrator reset the password (the account holds a temporary one);
//   - demo password: the account still holds the demo's known password, and the server
//     listens on an address other people can reach (not loopback); on loopback — the
//     demo on one's own machine, the tests — the demo stays usable as it is;
//   - expired: the password is older than max_age_days.
// Pure functions (CheckNotReused calls the verifier it is given); safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/password_settings.h"
#include "core/status.h"
#include "core/time.h"
#include "org/password.h"
#include "store/records.h"

namespace sanwang::org {

enum class PasswordChangeReason { kNone, kReset, kDemoPassword, kExpired };

// Where the server can be reached from: the facts the demo rule needs.
struct ServerReach {
  bool loopback_only = true;  // listens on 127.0.0.0/8 or ::1 only
};

// The last moment the password of an account last changed at `changed_at` is valid; none
// when passwords do not expire. A password is expired once it is older than max_age_days.
std::optional<UnixSeconds> PasswordExpiresAt(UnixSeconds changed_at, const PasswordSettings& settings);
bool PasswordExpired(UnixSeconds changed_at, UnixSeconds now, const PasswordSettings& settings);

// Why `user` must change their password before anything else at `now`, or kNone.
PasswordChangeReason RequiredPasswordChange(const store::UserRecord& user, UnixSeconds now,
                                            const PasswordSettings& settings, ServerReach reach);

// "reset", "demo_password", "expired"; "" for kNone.
std::string_view ReasonCode(PasswordChangeReason reason);
// Why, in Chinese and English, for the account holder; "" for kNone.
std::string ReasonMessage(PasswordChangeReason reason);

// How many passwords before the current one an account's history keeps.
int EarlierPasswordsKept(const PasswordSettings& settings);

// InvalidArgument on "new_password" when `new_password` verifies against one of
// `earlier_hashes` (the account's passwords before the current one, newest first; only the
// first EarlierPasswordsKept count). Slow — one verification per hash: not for the writer.
Status CheckNotReused(std::string_view new_password, const std::vector<std::string>& earlier_hashes,
                      const PasswordSettings& settings, const PasswordVerifier& verify);

}  // namespace sanwang::org
