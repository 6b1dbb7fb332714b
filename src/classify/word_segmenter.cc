#include "classify/word_segmenter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace sanwang::classify {

WordSegmenter::WordSegmenter() {
  UErrorCode status = U_ZERO_ERROR;
  iterator_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getChinese(), status));
  if (U_FAILURE(status)) iterator_.reset();
}

WordSegmenter::~WordSegmenter() = default;

void WordSegmenter::SegmentSpans(std::u16string_view utf16, std::vector<WordSpan>& out) {
  out.clear();
  if (!iterator_) return;
  // A read-only alias: no copy. The iterator keeps a pointer to it, unused once this
  // returns: every call sets its text first.
  const icu::UnicodeString text(false, utf16.data(), static_cast<std::int32_t>(utf16.size()));
  iterator_->setText(text);
  std::int32_t start = iterator_->first();
  for (std::int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
       start = end, end = iterator_->next()) {
    // The rule status of a boundary describes the text before it: none means spaces or
    // punctuation.
    if (iterator_->getRuleStatus() == UBRK_WORD_NONE) continue;
    out.push_back({start, end});
  }
}

std::vector<std::string> WordSegmenter::Segment(std::string_view utf8) {
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
  std::vector<WordSpan> spans;
  SegmentSpans(std::u16string_view(text.getBuffer(), static_cast<std::size_t>(text.length())), spans);
  std::vector<std::string> words;
  words.reserve(spans.size());
  for (const WordSpan& span : spans) {
    std::string word;
    text.tempSubStringBetween(span.start, span.end).toUTF8String(word);
    words.push_back(std::move(word));
  }
  return words;
}

WordSegmenter& ThisThreadsSegmenter() {
  thread_local WordSegmenter segmenter;
  return segmenter;
}

std::vector<std::string> SegmentWords(std::string_view utf8) { return ThisThreadsSegmenter().Segment(utf8); }

void SegmentWordSpans(std::u16string_view utf16, std::vector<WordSpan>& out) {
  ThisThreadsSegmenter().SegmentSpans(utf16, out);
}

}  // namespace sanwang::classify
