#include "core/blake2b.h"

#include <sodium.h>

#include "core/hex.h"
#include "core/secure_random.h"

namespace sanwang {

std::string Blake2bHex(std::string_view bytes) {
  EnsureSodium();
  unsigned char digest[crypto_generichash_BYTES];
  crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(bytes.data()),
                     bytes.size(), nullptr, 0);
  return LowerHex({reinterpret_cast<const char*>(digest), sizeof digest});
}

}  // namespace sanwang
