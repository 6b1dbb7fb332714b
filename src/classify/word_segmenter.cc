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

std::vector<std::string> WordSegmenter::Segment(std::string_view utf8) {
  std::vector<std::string> words;
  if (!iterator_) return words;
  icu::UnicodeString text =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<std::int32_t>(utf8.size())));
  iterator_->setText(text);
  std::int32_t start = iterator_->first();
  for (std::int32_t end = iterator_->next(); end != icu::BreakIterator::DONE;
       start = end, end = iterator_->next()) {
    // The rule status of a boundary describes the text before it: none means spaces or
    // punctuation.
    if (iterator_->getRuleStatus() == UBRK_WORD_NONE) continue;
    std::string word;
    text.tempSubStringBetween(start, end).toUTF8String(word);
    words.push_back(std::move(word));
  }
  return words;
}

std::vector<std::string> SegmentWords(std::string_view utf8) {
  thread_local WordSegmenter segmenter;
  return segmenter.Segment(utf8);
}

}  // namespace sanwang::classify
