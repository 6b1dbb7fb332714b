// The prediction path of a trained classifier: from raw text to one score per label,
// bias_c + w_c · x, where x is the text's TF-IDF vector. It computes exactly the numbers
// of ExtractFeatures → TfidfVectorizer::Transform → LinearModel::Scores (the path training
// uses, and the reference the tests hold it to), in the same order of floating-point
// operations, but without a string or a map node per feature: the text is normalized
// once into UTF-16 and UTF-8 together, the words (the lexicon's, matched in the same pass
// as the character n-grams, or the segmenter's for models that segment) and the n-grams
// are looked up as views of it in a FeatureIndex, repeats are counted in a dense array
// over the vocabulary and read back in index order from a bitmap instead of being
// sorted. All these buffers belong to the calling thread and keep their capacity, so a
// warm thread allocates only the returned scores.
//
// Immutable after Build; Scores is safe from any number of threads.
#pragma once

#include <string_view>
#include <vector>

#include "classify/feature_index.h"
#include "classify/features.h"
#include "classify/linear_model.h"
#include "classify/tfidf_vectorizer.h"

namespace sanwang::classify {

class TextScorer {
 public:
  TextScorer() = default;
  static TextScorer Build(const TfidfVectorizer& vectorizer);

  // One score per class of `model`; `vectorizer` must be the one given to Build.
  std::vector<double> Scores(std::string_view text, const FeatureOptions& options,
                             const TfidfVectorizer& vectorizer, const LinearModel& model) const;

 private:
  FeatureIndex index_;
};

}  // namespace sanwang::classify
