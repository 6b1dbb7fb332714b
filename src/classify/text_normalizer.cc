#include "classify/text_normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>

#include <array>

namespace sanwang::classify {
namespace {

// Punctuation, symbols, separators and controls all separate words: they become spaces.
bool IsSeparator(UChar32 c) {
  if (u_isUWhiteSpace(c)) return true;
  std::int32_t mask = U_GET_GC_MASK(c);
  return (mask & (U_GC_P_MASK | U_GC_S_MASK | U_GC_Z_MASK | U_GC_CC_MASK | U_GC_CF_MASK)) != 0;
}

// Most characters of residents' texts are ASCII or CJK ideographs. Their separator test
// and lower case are the same as ICU's property look-ups by construction: the ASCII table
// is filled from them, and the ideographs' block is checked against them once, to be
// skipped only where every one of them is a non-separator that lower-cases to itself.
constexpr UChar32 kIdeographsFirst = 0x4E00;
constexpr UChar32 kIdeographsLast = 0x9FFF;

struct FastCases {
  std::array<std::int16_t, 128> ascii{};  // the lower case, or -1 for a separator
  bool ideographs_unchanged = true;

  FastCases() {
    for (UChar32 c = 0; c < 128; ++c) {
      ascii[static_cast<std::size_t>(c)] = static_cast<std::int16_t>(IsSeparator(c) ? -1 : u_tolower(c));
    }
    for (UChar32 c = kIdeographsFirst; c <= kIdeographsLast; ++c) {
      if (IsSeparator(c) || u_tolower(c) != c) ideographs_unchanged = false;
    }
  }
};

// The character as it enters the normalized text, or -1 for a separator.
UChar32 Fold(UChar32 c, const FastCases& fast) {
  if (c < 128) return fast.ascii[static_cast<std::size_t>(c)];
  if (c >= kIdeographsFirst && c <= kIdeographsLast && fast.ideographs_unchanged) return c;
  return IsSeparator(c) ? -1 : u_tolower(c);
}

// NFKC of `text` into `out`; `text` itself when ICU's data is missing (normalize what we can).
void Nfkc(const icu::UnicodeString& text, icu::UnicodeString& out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_SUCCESS(status)) nfkc->normalize(text, out, status);
  if (U_FAILURE(status)) out = text;
}

// Appends `c` to both encodings. A lone surrogate cannot come out of UTF-8 input; were one
// there, it is written as U+FFFD, as ICU's own UTF-8 conversion does.
void Append(UChar32 c, NormalizedText& out) {
  if (U_IS_SUPPLEMENTARY(c)) {
    out.utf16.push_back(static_cast<char16_t>(U16_LEAD(c)));
    out.utf16.push_back(static_cast<char16_t>(U16_TRAIL(c)));
  } else {
    out.utf16.push_back(static_cast<char16_t>(c));
  }
  if (U_IS_SURROGATE(c)) c = 0xFFFD;
  char bytes[U8_MAX_LENGTH];
  std::int32_t length = 0;
  U8_APPEND_UNSAFE(bytes, length, c);
  out.utf8.append(bytes, static_cast<std::size_t>(length));
  out.utf8_at.push_back(static_cast<std::int32_t>(out.utf8.size()));
  if (U_IS_SUPPLEMENTARY(c)) out.utf8_at.push_back(static_cast<std::int32_t>(out.utf8.size()));
}

}  // namespace

void NormalizeInto(std::string_view utf8, NormalizedText& out) {
  static const FastCases fast;
  thread_local icu::UnicodeString raw, nfkc;
  raw = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
  Nfkc(raw, nfkc);
  out.utf16.clear();
  out.utf8.clear();
  out.utf8_at.assign(1, 0);
  const char16_t* units = nfkc.getBuffer();
  std::int32_t length = nfkc.length();
  bool pending_space = false;
  for (std::int32_t i = 0; i < length;) {
    UChar32 c;
    U16_NEXT(units, i, length, c);
    UChar32 folded = Fold(c, fast);
    if (folded < 0) {
      pending_space = !out.utf16.empty();
      continue;
    }
    if (pending_space) Append(u' ', out);
    pending_space = false;
    Append(folded, out);
  }
}

std::string NormalizeText(std::string_view utf8) {
  NormalizedText text;
  NormalizeInto(utf8, text);
  return std::move(text.utf8);
}

}  // namespace sanwang::classify
