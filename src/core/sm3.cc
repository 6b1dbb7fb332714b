#include "core/sm3.h"

#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <memory>
#include <stdexcept>

#include "core/hex.h"

namespace sanwang {
namespace {

// SM3 is in OpenSSL 3's default provider; a build without it cannot keep the audit chain
// or open personal data, and saying so at once beats writing what no one can verify.
// Fetched once: a fetch searches the providers under a lock, and every read of a sealed
// phone number hashes. A fetched digest may be shared by threads.
const EVP_MD* Sm3() {
  static const std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> sm3(EVP_MD_fetch(nullptr, "SM3", nullptr),
                                                                   EVP_MD_free);
  if (!sm3) throw std::runtime_error("OpenSSL offers no SM3 digest");
  return sm3.get();
}

}  // namespace

std::string Sm3Hex(std::string_view bytes) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, Sm3(), nullptr) != 1) {
    throw std::runtime_error("SM3 digest failed");
  }
  return LowerHex({reinterpret_cast<const char*>(digest.data()), length});
}

std::string HmacSm3(std::string_view key, std::string_view message) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> tag{};
  unsigned int length = 0;
  if (HMAC(Sm3(), key.data(), static_cast<int>(key.size()),
           reinterpret_cast<const unsigned char*>(message.data()), message.size(), tag.data(),
           &length) == nullptr) {
    throw std::runtime_error("HMAC-SM3 failed");
  }
  return {reinterpret_cast<const char*>(tag.data()), length};
}

}  // namespace sanwang
