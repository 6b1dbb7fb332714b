#include "core/base32.h"

#include <cstdint>

namespace sanwang {
namespace {

constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr int kBitsPerDigit = 5;

// The value of one Base32 digit, or -1.
int DigitValue(char c) {
  if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= '2' && c <= '7') return c - '2' + 26;
  return -1;
}

}  // namespace

std::string Base32Encode(std::string_view bytes) {
  std::string out;
  out.reserve((bytes.size() * 8 + kBitsPerDigit - 1) / kBitsPerDigit);
  std::uint32_t buffer = 0;
  int bits = 0;
  for (unsigned char byte : bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= kBitsPerDigit) {
      bits -= kBitsPerDigit;
      out += kAlphabet[(buffer >> bits) & 0x1f];
    }
  }
  if (bits > 0) out += kAlphabet[(buffer << (kBitsPerDigit - bits)) & 0x1f];
  return out;
}

std::optional<std::string> Base32Decode(std::string_view text) {
  std::string out;
  std::uint32_t buffer = 0;
  int bits = 0;
  std::size_t digits = 0;
  for (char c : text) {
    if (c == ' ' || c == '=') continue;
    int value = DigitValue(c);
    if (value < 0) return std::nullopt;
    buffer = (buffer << kBitsPerDigit) | static_cast<std::uint32_t>(value);
    bits += kBitsPerDigit;
    ++digits;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((buffer >> bits) & 0xff);
    }
  }
  // Whole bytes end a text only after 2, 4, 5 or 7 digits of a group of 8; the bits left
  // over must be zero, or the text was not written by an encoder.
  std::size_t tail = digits % 8;
  if (tail == 1 || tail == 3 || tail == 6) return std::nullopt;
  if ((buffer & ((1u << bits) - 1)) != 0) return std::nullopt;
  return out;
}

}  // namespace sanwang
