// The classifier's text normalisation (classify/text_normalizer.h), word segmentation
// (classify/word_segmenter.h) and lexicon words (classify/features.h): a resident's free
// text, as typed on a phone, in any bytes. What the normaliser promises is checked: valid
// UTF-8 out (bad bytes become U+FFFD), one space between runs and none at the ends, and a
// byte offset for each UTF-16 unit; every lexicon word found is a word of the lexicon and
// of two or three whole characters of the text.
#include <cstdint>
#include <cstdlib>

#include "classify/features.h"
#include "classify/text_normalizer.h"
#include "classify/word_segmenter.h"
#include "core/text.h"
#include "fuzz_input.h"

namespace {

using namespace sanwang::classify;

void CheckNormalized(const NormalizedText& n) {
  const std::string& s = n.utf8;
  if (!sanwang::IsValidUtf8(s)) std::abort();
  if (!s.empty() && (s.front() == ' ' || s.back() == ' ')) std::abort();
  if (s.find("  ") != std::string::npos) std::abort();
  if (n.utf8_at.size() != n.utf16.size() + 1 || n.utf8_at.back() != static_cast<std::int32_t>(s.size()))
    std::abort();
  if (n.Utf8Between(0, static_cast<std::int32_t>(n.utf16.size())) != s) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input = sanwang::fuzz::AsText(data, size);
  NormalizedText normalized;
  NormalizeInto(input, normalized);
  CheckNormalized(normalized);
  if (NormalizeText(input) != normalized.utf8) std::abort();
  (void)SegmentWords(input);
  (void)SegmentWords(normalized.utf8);
  // A lexicon learned from the text itself, so that its words occur in it.
  WordLexicon lexicon = WordLexicon::Learn({normalized.utf8});
  for (const std::string& word : LexiconWords(normalized.utf8, lexicon)) {
    std::size_t chars = sanwang::Utf8Length(word);
    if (!lexicon.Contains(word) || chars < 2 || chars > static_cast<std::size_t>(kLexiconMaxChars))
      std::abort();
    if (!sanwang::IsValidUtf8(word) || normalized.utf8.find(word) == std::string::npos) std::abort();
  }
  return 0;
}
