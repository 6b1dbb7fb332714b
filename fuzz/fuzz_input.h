// What every fuzz target shares: the input as text, and splitting one input into the few
// parts a parser takes (a selector byte, or fields separated by a byte the corpus uses).
// The libFuzzer entry point of each target (LLVMFuzzerTestOneInput) calls a real parser
// and may see any bytes: an error result is an answer, a crash or a sanitizer report is a
// bug.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sanwang::fuzz {

inline std::string_view AsText(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// The input's first byte picks one of `choices` parsers; the rest is that parser's input.
struct Selected {
  std::size_t choice = 0;
  std::string_view rest;
};
inline Selected Select(std::string_view input, std::size_t choices) {
  if (input.empty()) return {};
  return {static_cast<unsigned char>(input[0]) % choices, input.substr(1)};
}

// Splits on '\0' (the seeds write several fields of one input that way).
inline std::vector<std::string> SplitOnNul(std::string_view input) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (true) {
    std::size_t end = input.find('\0', start);
    parts.emplace_back(
        input.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

}  // namespace sanwang::fuzz
