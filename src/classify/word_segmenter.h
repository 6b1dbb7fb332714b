// Word segmentation of Chinese (and mixed Chinese and Latin) text with ICU's dictionary
// word break iterator for the zh locale: "小区门口的路灯坏了" gives 小区 / 门口 / 的 / 路灯 /
// 坏了. Spaces and punctuation are dropped; words, numbers and single characters that
// the dictionary does not join are kept, in order.
//
// A WordSegmenter holds an ICU iterator and is not thread-safe: one per thread.
// SegmentWords uses one per calling thread and is safe from any thread.
#pragma once

#include <unicode/uversion.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace sanwang::classify {

// A word as a range of UTF-16 units [start, end) of the segmented text.
struct WordSpan {
  std::int32_t start = 0;
  std::int32_t end = 0;
};

class WordSegmenter {
 public:
  WordSegmenter();
  ~WordSegmenter();
  WordSegmenter(const WordSegmenter&) = delete;
  WordSegmenter& operator=(const WordSegmenter&) = delete;

  // The words of `utf8`, best given normalized text (text_normalizer.h).
  std::vector<std::string> Segment(std::string_view utf8);
  // The same words as ranges of `utf16`, into `out` (replacing what it held).
  void SegmentSpans(std::u16string_view utf16, std::vector<WordSpan>& out);

 private:
  std::unique_ptr<icu::BreakIterator> iterator_;  // null when ICU has no break data
};

// Segment with this thread's own WordSegmenter.
std::vector<std::string> SegmentWords(std::string_view utf8);
void SegmentWordSpans(std::u16string_view utf16, std::vector<WordSpan>& out);

}  // namespace sanwang::classify
