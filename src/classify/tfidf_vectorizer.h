// TF-IDF weighting of features: the vocabulary and inverse document frequencies are
// learnt from the training documents only; a document becomes a sparse vector of
// (1 + ln tf) · idf per known feature, scaled to unit length (L2). idf is the smoothed
// ln((1 + n) / (1 + df)) + 1, as scikit-learn computes it. Features never seen in
// training are ignored.
//
// Immutable after Fit or FromTerms; Transform is safe from any number of threads.
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "classify/sparse_vector.h"
#include "core/status.h"

namespace sanwang::classify {

struct TfidfOptions {
  int min_df = 1;                     // a feature must occur in at least this many documents
  std::size_t max_features = 200000;  // keep the most frequent (by document frequency)
};

class TfidfVectorizer {
 public:
  TfidfVectorizer() = default;
  // Learns the vocabulary (sorted, so that equal data give equal models) and the idf from
  // the documents at `rows` (every document when `rows` is empty). A document is the list
  // of its features (features.h), repeats included.
  static TfidfVectorizer Fit(const std::vector<std::vector<std::string>>& documents,
                             const std::vector<std::size_t>& rows, const TfidfOptions& options);
  // Rebuilds a fitted vectorizer from its terms and their idf (a stored model).
  static Result<TfidfVectorizer> FromTerms(std::vector<std::string> terms, std::vector<float> idf);

  SparseVector Transform(const std::vector<std::string>& features) const;

  std::size_t size() const { return terms_.size(); }
  const std::vector<std::string>& terms() const { return terms_; }
  const std::vector<float>& idf() const { return idf_; }

 private:
  void BuildIndex();

  std::vector<std::string> terms_;
  std::vector<float> idf_;
  std::unordered_map<std::string, std::uint32_t> index_;
};

}  // namespace sanwang::classify
