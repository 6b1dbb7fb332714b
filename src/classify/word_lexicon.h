// The words a classifier looks for in a text when its word features are
// WordFeatures::kLexicon (features.h): the words of 2 to kLexiconMaxChars characters that
// ICU's dictionary word break finds in the training texts. A text's word features are then
// every substring of it that is such a word, overlaps included, so prediction needs no
// segmentation: ICU's dictionary word break was about two thirds of the time from raw text
// to the top 3 (docs/classify.md, "Words from a lexicon"), and matching the lexicon kept
// the accuracy over twelve fold assignments of the development messages.
//
// Immutable after construction; Contains is safe from any number of threads.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace sanwang::classify {

// Longer words add little: their two- and three-character parts are words or n-grams too.
inline constexpr int kLexiconMaxChars = 3;

class WordLexicon {
 public:
  WordLexicon() = default;

  // The ICU words of 2 to kLexiconMaxChars characters of the normalized texts.
  static WordLexicon Learn(const std::vector<std::string>& normalized_texts);
  // The words of the "w:" terms of a trained model's vocabulary: for prediction, the
  // lexicon words that carry a weight.
  static WordLexicon FromVocabulary(const std::vector<std::string>& terms);

  bool Contains(std::string_view word) const { return words_.find(word) != words_.end(); }
  std::size_t size() const { return words_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  std::unordered_set<std::string, Hash, std::equal_to<>> words_;
};

}  // namespace sanwang::classify
