// Normalization of residents' free text before classification: NFKC (which also turns
// full-width digits, letters and spaces into their ASCII forms), lower case, and every
// run of white space, punctuation, symbols and control characters collapsed into one
// ASCII space, trimmed at both ends. "Ｗｉ－Ｆｉ　２４小时，没信号！" becomes
// "wi fi 24小时 没信号". Invalid UTF-8 bytes become U+FFFD.
//
// Pure functions; safe to call from any thread (ICU's normalizer instance is shared and
// immutable). A NormalizedText is a plain value, owned by one thread at a time.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace sanwang::classify {

// The normalized text in both encodings its readers need: the word segmenter reads
// UTF-16, the features are UTF-8. Reused between texts, it keeps its buffers' capacity,
// so that prediction allocates nothing per text once warm.
struct NormalizedText {
  std::u16string utf16;
  std::string utf8;
  std::vector<std::int32_t> utf8_at;  // byte offset in utf8 of each UTF-16 unit of utf16, plus the end

  // The UTF-8 bytes of the UTF-16 units [start, end).
  std::string_view Utf8Between(std::int32_t start, std::int32_t end) const {
    auto from = static_cast<std::size_t>(utf8_at[static_cast<std::size_t>(start)]);
    auto to = static_cast<std::size_t>(utf8_at[static_cast<std::size_t>(end)]);
    return std::string_view(utf8).substr(from, to - from);
  }
};

// Normalizes `utf8` into `out`, replacing what it held.
void NormalizeInto(std::string_view utf8, NormalizedText& out);

std::string NormalizeText(std::string_view utf8);

}  // namespace sanwang::classify
