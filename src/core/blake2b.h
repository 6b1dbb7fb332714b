// BLAKE2b-256 (RFC 7693; libsodium's generic hash) as lower-case hex: what session tokens
// and recovery codes are stored under, so a copy of the database holds none of them. Fast
// on purpose: these secrets are long and random, so unlike passwords they need no slow
// hash. Safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace sanwang {

// The 64 lower-case hex digits of the BLAKE2b-256 digest of `bytes`.
std::string Blake2bHex(std::string_view bytes);

}  // namespace sanwang
