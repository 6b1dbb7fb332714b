// SHA-256 of bytes in memory as lower-case hex: the digest files are stored and served
// under (photos, evidence, published notices) and the version of an imported network.
// libsodium's implementation; safe from any thread. Sha256Stream digests bytes given in
// pieces (a backup file larger than memory); one object is not thread-safe.
#pragma once

#include <array>
#include <string>
#include <string_view>

namespace sanwang {

// The 64 lower-case hex digits of the SHA-256 of `bytes`.
std::string Sha256Hex(std::string_view bytes);

// The same digest of bytes given piece by piece.
class Sha256Stream {
 public:
  Sha256Stream();
  void Update(std::string_view bytes);
  // The digest of everything given so far; call once, last.
  std::string FinishHex();

 private:
  // libsodium's crypto_hash_sha256_state, kept opaque so this header needs no sodium.h.
  alignas(16) std::array<unsigned char, 128> state_{};
};

}  // namespace sanwang
