// SM3 (GB/T 32905-2016), the national hash the commercial-cryptography rules (GB/T
// 39786-2021) ask a government system to use for integrity, as lower-case hex. OpenSSL 3's
// implementation; safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace sanwang {

// The 64 lower-case hex digits of the SM3 digest of `bytes`.
std::string Sm3Hex(std::string_view bytes);

// HMAC-SM3 (RFC 2104 with SM3): the 32 raw bytes of the tag of `message` under `key`.
std::string HmacSm3(std::string_view key, std::string_view message);

}  // namespace sanwang
