// Password hashing for accounts: argon2id through libsodium with its "interactive" cost
// (64 MiB of memory per hash, a few tens of milliseconds), and the password policy.
// Thread-safe (libsodium is initialised once).
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "core/status.h"

namespace sanwang::org {

// At least 10 characters with letters and digits; not the username.
Status CheckPasswordPolicy(std::string_view password, std::string_view username);
Result<std::string> HashPassword(std::string_view password);
bool VerifyPassword(std::string_view hash, std::string_view password);

// How the server checks a password against a stored hash: VerifyPassword, or a fake in tests.
using PasswordVerifier = std::function<bool(std::string_view hash, std::string_view password)>;

// A hash of a random password with the same parameters as HashPassword's, made once. A
// sign-in for an account that does not exist (or is disabled) is checked against it, so
// that it costs as much as one for a real account and answers do not tell which names exist.
const std::string& DummyPasswordHash();

// A random password that meets the policy for `username` (12 characters without look-alike
// letters), for an administrator's reset; the account must change it at its next sign-in.
std::string NewTemporaryPassword(std::string_view username);

}  // namespace sanwang::org
