#include "core/secure_random.h"

#include <sodium.h>

#include <cstdlib>

namespace sanwang {

void EnsureSodium() {
  static const bool ready = sodium_init() >= 0;
  if (!ready) std::abort();
}

void SecureRandomBytes(void* out, std::size_t size) {
  EnsureSodium();
  randombytes_buf(out, size);
}

std::uint32_t SecureRandomBelow(std::uint32_t upper) {
  EnsureSodium();
  return randombytes_uniform(upper);
}

}  // namespace sanwang
