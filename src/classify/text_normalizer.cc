#include "classify/text_normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

namespace sanwang::classify {
namespace {

// Punctuation, symbols, separators and controls all separate words: they become spaces.
bool IsSeparator(UChar32 c) {
  if (u_isUWhiteSpace(c)) return true;
  std::int32_t mask = U_GET_GC_MASK(c);
  return (mask & (U_GC_P_MASK | U_GC_S_MASK | U_GC_Z_MASK | U_GC_CC_MASK | U_GC_CF_MASK)) != 0;
}

icu::UnicodeString Nfkc(const icu::UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return text;  // ICU's data is missing: normalize what we can
  icu::UnicodeString out = nfkc->normalize(text, status);
  return U_FAILURE(status) ? text : out;
}

}  // namespace

std::string NormalizeText(std::string_view utf8) {
  icu::UnicodeString text = Nfkc(
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size()))));
  icu::UnicodeString out;
  bool pending_space = false;
  for (std::int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    UChar32 c = text.char32At(i);
    if (IsSeparator(c)) {
      pending_space = !out.isEmpty();
      continue;
    }
    if (pending_space) out.append(static_cast<UChar>(u' '));
    pending_space = false;
    out.append(u_tolower(c));
  }
  std::string result;
  out.toUTF8String(result);
  return result;
}

}  // namespace sanwang::classify
