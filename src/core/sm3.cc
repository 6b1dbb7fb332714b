#include "core/sm3.h"

#include <openssl/evp.h>

#include <array>
#include <memory>
#include <stdexcept>

namespace sanwang {

std::string Sm3Hex(std::string_view bytes) {
  // SM3 is in OpenSSL 3's default provider; a build without it cannot keep the audit
  // chain, and saying so at once beats writing entries that no one can verify.
  std::unique_ptr<EVP_MD, decltype(&EVP_MD_free)> sm3(EVP_MD_fetch(nullptr, "SM3", nullptr), EVP_MD_free);
  if (!sm3) throw std::runtime_error("OpenSSL offers no SM3 digest");
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest.data(), &length, sm3.get(), nullptr) != 1) {
    throw std::runtime_error("SM3 digest failed");
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(std::size_t{length} * 2);
  for (unsigned int i = 0; i < length; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0x0f];
  }
  return hex;
}

}  // namespace sanwang
