#include "classify/features.h"

#include "classify/text_normalizer.h"
#include "classify/word_segmenter.h"

namespace sanwang::classify {
namespace {

// Byte offsets where each UTF-8 character of `run` starts, plus the end.
std::vector<std::size_t> CharacterStarts(std::string_view run) {
  std::vector<std::size_t> starts;
  for (std::size_t i = 0; i < run.size(); ++i) {
    if ((static_cast<unsigned char>(run[i]) & 0xC0) != 0x80) starts.push_back(i);
  }
  starts.push_back(run.size());
  return starts;
}

void AppendRunNgrams(std::string_view run, int min_n, int max_n, std::vector<std::string>& out) {
  std::vector<std::size_t> starts = CharacterStarts(run);
  std::size_t chars = starts.size() - 1;
  for (std::size_t i = 0; i < chars; ++i) {
    for (int n = min_n; n <= max_n && i + static_cast<std::size_t>(n) <= chars; ++n) {
      std::size_t end = starts[i + static_cast<std::size_t>(n)];
      out.emplace_back(run.substr(starts[i], end - starts[i]));
    }
  }
}

}  // namespace

std::vector<std::string> CharNgrams(std::string_view normalized, int min_n, int max_n) {
  std::vector<std::string> out;
  if (min_n < 1 || max_n < min_n) return out;
  std::size_t at = 0;
  while (at < normalized.size()) {
    std::size_t space = normalized.find(' ', at);
    if (space == std::string_view::npos) space = normalized.size();
    AppendRunNgrams(normalized.substr(at, space - at), min_n, max_n, out);
    at = space + 1;
  }
  return out;
}

std::vector<std::string> ExtractFeatures(std::string_view text, const FeatureOptions& options) {
  std::string normalized = NormalizeText(text);
  std::vector<std::string> out;
  if (options.words) {
    for (std::string& w : SegmentWords(normalized)) out.push_back("w:" + std::move(w));
  }
  for (std::string& g : CharNgrams(normalized, options.char_ngram_min, options.char_ngram_max)) {
    out.push_back("c:" + std::move(g));
  }
  return out;
}

}  // namespace sanwang::classify
