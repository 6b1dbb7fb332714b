// The classifier's text normalisation (classify/text_normalizer.h) and word segmentation
// (classify/word_segmenter.h): a resident's free text, as typed on a phone, in any bytes.
#include <cstdint>

#include "classify/text_normalizer.h"
#include "classify/word_segmenter.h"
#include "fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace sanwang::classify;
  const std::string_view input = sanwang::fuzz::AsText(data, size);
  const std::string normalized = NormalizeText(input);
  (void)SegmentWords(input);
  (void)SegmentWords(normalized);
  return 0;
}
