// SM4 (GB/T 32907-2016), the national block cipher the commercial-cryptography rules
// (GB/T 39786-2021) ask a government system to encrypt important data with. OpenSSL 3's
// implementation in counter mode: Debian's OpenSSL 3.0 has no SM4-GCM, so integrity comes
// from HMAC-SM3 beside it (core/personal_data_keys.h). Safe from any thread.
#pragma once

#include <string>
#include <string_view>

namespace sanwang {

// `data` encrypted (or decrypted: CTR is its own inverse) under the 16-byte `key` with the
// 16-byte initial counter block `iv`. Throws std::invalid_argument for other key or IV sizes.
std::string Sm4Ctr(std::string_view key, std::string_view iv, std::string_view data);

}  // namespace sanwang
