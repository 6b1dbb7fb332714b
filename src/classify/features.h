// The features a classifier sees in a text: its words ("w:" + word) and its character
// n-grams within each space-separated run of the normalized text ("c:" + n characters),
// so that words the dictionary splits differently, typos and place names still share
// features. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "classify/word_lexicon.h"

namespace sanwang::classify {

// How the words of a text are found.
enum class WordFeatures : std::uint8_t {
  kNone = 0,
  // ICU's dictionary word break of the text: the models stored in format 1 use it.
  kSegmented = 1,
  // Every substring of 2 to kLexiconMaxChars characters within a run that is a word of the
  // lexicon learned from the training texts (word_lexicon.h).
  kLexicon = 2,
};

struct FeatureOptions {
  WordFeatures words = WordFeatures::kLexicon;
  int char_ngram_min = 1;  // 0 turns character n-grams off
  int char_ngram_max = 2;

  bool operator==(const FeatureOptions&) const = default;
};

// The features of `text` (raw user text; normalized here), with repeats: a feature that
// occurs three times is listed three times. `lexicon` is read only with
// WordFeatures::kLexicon.
std::vector<std::string> ExtractFeatures(std::string_view text, const FeatureOptions& options,
                                         const WordLexicon& lexicon);

// The character n-grams of `normalized`, n in [min_n, max_n], never across a space.
std::vector<std::string> CharNgrams(std::string_view normalized, int min_n, int max_n);

// The words of `lexicon` in `normalized`, every occurrence, never across a space.
std::vector<std::string> LexiconWords(std::string_view normalized, const WordLexicon& lexicon);

}  // namespace sanwang::classify
