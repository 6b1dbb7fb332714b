// Password hashing for accounts: argon2id through libsodium with its "interactive" cost
// (64 MiB of memory per hash, a few tens of milliseconds), and the password policy.
// Thread-safe (libsodium is initialised once).
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace sanwang::org {

// At least 10 characters with letters and digits; not the username.
Status CheckPasswordPolicy(std::string_view password, std::string_view username);
Result<std::string> HashPassword(std::string_view password);
bool VerifyPassword(std::string_view hash, std::string_view password);

}  // namespace sanwang::org
