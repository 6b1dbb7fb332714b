#include "core/sm4.h"

#include <openssl/evp.h>

#include <memory>
#include <stdexcept>

namespace sanwang {
namespace {

// Fetched once, as the digest in sm3.cc: a fetched cipher may be shared by threads.
const EVP_CIPHER* Sm4CtrCipher() {
  static const std::unique_ptr<EVP_CIPHER, decltype(&EVP_CIPHER_free)> cipher(
      EVP_CIPHER_fetch(nullptr, "SM4-CTR", nullptr), EVP_CIPHER_free);
  if (!cipher) throw std::runtime_error("OpenSSL offers no SM4-CTR cipher");
  return cipher.get();
}

}  // namespace

std::string Sm4Ctr(std::string_view key, std::string_view iv, std::string_view data) {
  if (key.size() != 16 || iv.size() != 16) throw std::invalid_argument("SM4 takes a 16-byte key and IV");
  std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)> ctx(EVP_CIPHER_CTX_new(),
                                                                      EVP_CIPHER_CTX_free);
  const auto* k = reinterpret_cast<const unsigned char*>(key.data());
  const auto* v = reinterpret_cast<const unsigned char*>(iv.data());
  if (!ctx || EVP_EncryptInit_ex2(ctx.get(), Sm4CtrCipher(), k, v, nullptr) != 1)
    throw std::runtime_error("SM4 initialisation failed");
  std::string out(data.size(), '\0');
  int written = 0;
  if (!data.empty() && EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &written,
                                         reinterpret_cast<const unsigned char*>(data.data()),
                                         static_cast<int>(data.size())) != 1) {
    throw std::runtime_error("SM4 encryption failed");
  }
  return out;
}

}  // namespace sanwang
