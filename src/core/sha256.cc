#include "core/sha256.h"

#include <sodium.h>

namespace sanwang {
namespace {

static_assert(sizeof(crypto_hash_sha256_state) <= 128, "Sha256Stream's state is too small");

std::string ToHex(const std::array<unsigned char, crypto_hash_sha256_BYTES>& digest) {
  std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return hex.data();
}

crypto_hash_sha256_state* StateIn(std::array<unsigned char, 128>& storage) {
  return reinterpret_cast<crypto_hash_sha256_state*>(storage.data());
}

}  // namespace

std::string Sha256Hex(std::string_view bytes) {
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
  return ToHex(digest);
}

Sha256Stream::Sha256Stream() { crypto_hash_sha256_init(StateIn(state_)); }

void Sha256Stream::Update(std::string_view bytes) {
  crypto_hash_sha256_update(StateIn(state_), reinterpret_cast<const unsigned char*>(bytes.data()),
                            bytes.size());
}

std::string Sha256Stream::FinishHex() {
  std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
  crypto_hash_sha256_final(StateIn(state_), digest.data());
  return ToHex(digest);
}

}  // namespace sanwang
