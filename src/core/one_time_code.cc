#include "core/one_time_code.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <stdexcept>

namespace sanwang {
namespace {

const EVP_MD* Digest(OtpHash hash) {
  switch (hash) {
    case OtpHash::kSha256:
      return EVP_sha256();
    case OtpHash::kSha512:
      return EVP_sha512();
    case OtpHash::kSha1:
      break;
  }
  return EVP_sha1();
}

std::uint32_t PowerOfTen(int digits) {
  std::uint32_t p = 1;
  for (int i = 0; i < digits; ++i) p *= 10;
  return p;
}

}  // namespace

std::string HotpCode(std::string_view key, std::uint64_t counter, const OtpParams& params) {
  if (params.digits < 6 || params.digits > 8)
    throw std::invalid_argument("one-time codes have 6 to 8 digits");
  std::array<unsigned char, 8> message{};
  for (int i = 7; i >= 0; --i) {
    message[static_cast<std::size_t>(i)] = static_cast<unsigned char>(counter & 0xff);
    counter >>= 8;
  }
  std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
  unsigned int length = 0;
  if (HMAC(Digest(params.hash), key.data(), static_cast<int>(key.size()), message.data(), message.size(),
           mac.data(), &length) == nullptr) {
    throw std::runtime_error("HMAC failed");
  }
  // Dynamic truncation (RFC 4226 §5.3): four bytes from the offset the last nibble names.
  std::size_t offset = mac[length - 1] & 0x0f;
  std::uint32_t binary = (static_cast<std::uint32_t>(mac[offset] & 0x7f) << 24) |
                         (static_cast<std::uint32_t>(mac[offset + 1]) << 16) |
                         (static_cast<std::uint32_t>(mac[offset + 2]) << 8) | mac[offset + 3];
  std::string code = std::to_string(binary % PowerOfTen(params.digits));
  return std::string(static_cast<std::size_t>(params.digits) - code.size(), '0') + code;
}

std::optional<std::uint64_t> TotpStep(UnixSeconds at, const OtpParams& params) {
  if (at < 0 || params.step_seconds <= 0) return std::nullopt;
  return static_cast<std::uint64_t>(at) / static_cast<std::uint64_t>(params.step_seconds);
}

std::optional<std::uint64_t> MatchTotp(std::string_view key, std::string_view code, UnixSeconds at,
                                       std::uint64_t last_used, int window, const OtpParams& params) {
  std::optional<std::uint64_t> now = TotpStep(at, params);
  if (!now || code.size() != static_cast<std::size_t>(params.digits)) return std::nullopt;
  std::optional<std::uint64_t> found;
  // Every step in the window is computed and compared, so the time taken says nothing of
  // which step (if any) matched.
  for (int d = -window; d <= window; ++d) {
    if (d < 0 && *now < static_cast<std::uint64_t>(-d)) continue;
    std::uint64_t step = *now + static_cast<std::uint64_t>(static_cast<std::int64_t>(d));
    std::string expected = HotpCode(key, step, params);
    bool same = CRYPTO_memcmp(expected.data(), code.data(), expected.size()) == 0;
    if (same && step > last_used && !found) found = step;
  }
  return found;
}

}  // namespace sanwang
