// One-time codes of RFC 4226 (HOTP) and RFC 6238 (TOTP): the six digits an authenticator
// app shows, from a shared secret and the count of 30-second steps since 1970. HMAC from
// OpenSSL 3; pure functions, safe from any thread. Who must use them and how a code is
// accepted at sign-in is org/two_factor.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/time.h"

namespace sanwang {

enum class OtpHash { kSha1, kSha256, kSha512 };

struct OtpParams {
  OtpHash hash = OtpHash::kSha1;  // what every common authenticator app uses by default
  int digits = 6;                 // 6–8
  int step_seconds = 30;
};

// RFC 4226 §5.3: the `digits`-digit code of `key` at `counter`, zero-padded.
std::string HotpCode(std::string_view key, std::uint64_t counter, const OtpParams& params = {});

// RFC 6238 §4: the step `at` falls in (T = floor(at / step_seconds)); none before 1970.
std::optional<std::uint64_t> TotpStep(UnixSeconds at, const OtpParams& params = {});

// The step within `window` steps of `at` whose code is `code`, later than `last_used`
// (a code already accepted is not accepted again); none if no such step. The comparison
// takes the same time whichever digit differs.
std::optional<std::uint64_t> MatchTotp(std::string_view key, std::string_view code, UnixSeconds at,
                                       std::uint64_t last_used, int window = 1, const OtpParams& params = {});

}  // namespace sanwang
