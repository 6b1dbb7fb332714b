// Bytes as lower-case hex and back: digests, keys and sealed values kept as text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sanwang {

// The value of one hex digit (either case), 0–15; -1 for any other character.
int HexDigitValue(char c);

// Two lower-case hex digits per byte.
std::string LowerHex(std::string_view bytes);

// The bytes of `hex` (either case); nullopt for an odd length or a non-hex digit.
std::optional<std::string> BytesFromHex(std::string_view hex);

}  // namespace sanwang
