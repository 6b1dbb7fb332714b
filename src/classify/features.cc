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

// Calls f(run) for each space-separated run of `normalized`.
template <typename F>
void ForEachRun(std::string_view normalized, F&& f) {
  for (std::size_t at = 0; at < normalized.size();) {
    std::size_t space = normalized.find(' ', at);
    if (space == std::string_view::npos) space = normalized.size();
    f(normalized.substr(at, space - at));
    at = space + 1;
  }
}

// Calls f(substring) for each substring of `run` of min_n to max_n characters, by start
// and then by length.
template <typename F>
void ForEachSubstring(std::string_view run, int min_n, int max_n, F&& f) {
  std::vector<std::size_t> starts = CharacterStarts(run);
  std::size_t chars = starts.size() - 1;
  for (std::size_t i = 0; i < chars; ++i) {
    for (int n = min_n; n <= max_n && i + static_cast<std::size_t>(n) <= chars; ++n) {
      std::size_t end = starts[i + static_cast<std::size_t>(n)];
      f(run.substr(starts[i], end - starts[i]));
    }
  }
}

}  // namespace

std::vector<std::string> CharNgrams(std::string_view normalized, int min_n, int max_n) {
  std::vector<std::string> out;
  if (min_n < 1 || max_n < min_n) return out;
  ForEachRun(normalized, [&](std::string_view run) {
    ForEachSubstring(run, min_n, max_n, [&](std::string_view gram) { out.emplace_back(gram); });
  });
  return out;
}

std::vector<std::string> LexiconWords(std::string_view normalized, const WordLexicon& lexicon) {
  std::vector<std::string> out;
  ForEachRun(normalized, [&](std::string_view run) {
    ForEachSubstring(run, 2, kLexiconMaxChars, [&](std::string_view word) {
      if (lexicon.Contains(word)) out.emplace_back(word);
    });
  });
  return out;
}

std::vector<std::string> ExtractFeatures(std::string_view text, const FeatureOptions& options,
                                         const WordLexicon& lexicon) {
  std::string normalized = NormalizeText(text);
  std::vector<std::string> words;
  if (options.words == WordFeatures::kSegmented) words = SegmentWords(normalized);
  if (options.words == WordFeatures::kLexicon) words = LexiconWords(normalized, lexicon);
  std::vector<std::string> grams = CharNgrams(normalized, options.char_ngram_min, options.char_ngram_max);
  std::vector<std::string> out;
  out.reserve(words.size() + grams.size());
  for (std::string& w : words) out.push_back("w:" + std::move(w));
  for (std::string& g : grams) out.push_back("c:" + std::move(g));
  return out;
}

}  // namespace sanwang::classify
