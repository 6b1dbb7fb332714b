#include "org/password.h"

#include <sodium.h>

#include <cctype>
#include <cstdlib>

#include "core/secure_random.h"

namespace sanwang::org {

Status CheckPasswordPolicy(std::string_view password, std::string_view username) {
  if (password.size() < 10)
    return InvalidArgument("密码至少 10 个字符 password must have at least 10 characters", "password");
  if (password.size() > 128)
    return InvalidArgument("密码最多 128 个字符 password must have at most 128 characters", "password");
  bool letter = false, digit = false;
  for (char c : password) {
    letter = letter || std::isalpha(static_cast<unsigned char>(c));
    digit = digit || std::isdigit(static_cast<unsigned char>(c));
  }
  if (!letter || !digit)
    return InvalidArgument("密码须同时含字母和数字 password must mix letters and digits", "password");
  if (!username.empty() && password.find(username) != std::string_view::npos) {
    return InvalidArgument("密码不能包含用户名 password must not contain the username", "password");
  }
  return Status::Ok();
}

Result<std::string> HashPassword(std::string_view password) {
  EnsureSodium();
  char out[crypto_pwhash_STRBYTES];
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return Internal("out of memory while hashing a password");
  }
  return std::string(out);
}

bool VerifyPassword(std::string_view hash, std::string_view password) {
  EnsureSodium();
  if (hash.empty()) return false;
  std::string h(hash);
  return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

const std::string& DummyPasswordHash() {
  static const std::string hash = [] {
    unsigned char secret[16];
    SecureRandomBytes(secret, sizeof secret);
    auto hashed = HashPassword(std::string_view(reinterpret_cast<const char*>(secret), sizeof secret));
    return hashed.ok() ? *hashed : std::string();
  }();
  return hash;
}

std::string NewTemporaryPassword(std::string_view username) {
  static constexpr std::string_view kAlphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  for (;;) {
    std::string password;
    for (int i = 0; i < 12; ++i) password += kAlphabet[SecureRandomBelow(kAlphabet.size())];
    if (CheckPasswordPolicy(password, username).ok()) return password;
  }
}

}  // namespace sanwang::org
