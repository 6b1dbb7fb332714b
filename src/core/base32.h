// Base32 of RFC 4648 §6 (A–Z, 2–7): how authenticator apps take a one-time-code secret,
// typed by hand or read from an otpauth:// link. Pure functions; safe from any thread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sanwang {

// `bytes` in Base32, upper case, without the '=' padding (authenticator apps read it
// either way, and people typing it do better without).
std::string Base32Encode(std::string_view bytes);

// The bytes of `text`: either case, spaces and '=' padding ignored. None when a character
// is outside the alphabet or the length cannot end a Base32 text.
std::optional<std::string> Base32Decode(std::string_view text);

}  // namespace sanwang
