// SHA-256 of bytes in memory as lower-case hex: the digest files are stored and served
// under (photos, evidence, published notices) and the version of an imported network.
// libsodium's implementation; safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace sanwang {

// The 64 lower-case hex digits of the SHA-256 of `bytes`.
std::string Sha256Hex(std::string_view bytes);

}  // namespace sanwang
