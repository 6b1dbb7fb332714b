// Randomness for secrets — session tokens, one-time code secrets, recovery and verification
// codes, temporary passwords — from libsodium, which is initialised here once. A process
// without safe randomness must hand out no secret, so these abort rather than return
// something guessable. Safe from any thread.
#pragma once

#include <cstddef>
#include <cstdint>

namespace sanwang {

// Initialises libsodium (once; later calls return at once). Aborts when it cannot: every
// use of libsodium — random bytes, password hashing — needs it.
void EnsureSodium();

// Fills `out` with `size` random bytes.
void SecureRandomBytes(void* out, std::size_t size);

// A uniformly random number in [0, upper), without modulo bias; `upper` > 0.
std::uint32_t SecureRandomBelow(std::uint32_t upper);

}  // namespace sanwang
