// What both classifiers learn: one linear score per class, score_c(x) = bias_c + w_c · x.
// Multinomial naive Bayes is linear in the features too (log prior plus the feature
// values times the log likelihoods), so one representation serves prediction and storage
// of either.
//
// A plain value; Scores is safe from any number of threads.
#pragma once

#include <cstddef>
#include <vector>

#include "classify/sparse_vector.h"

namespace sanwang::classify {

// Training rows for a model: sparse vectors and the class index of each.
struct TrainingSet {
  std::vector<SparseVector> x;
  std::vector<int> y;
  std::size_t classes = 0;
  std::size_t features = 0;
};

struct LinearModel {
  std::size_t classes = 0;
  std::size_t features = 0;
  std::vector<float> weights;  // feature-major: weights[j * classes + c]
  std::vector<float> bias;     // one per class

  static LinearModel Zero(std::size_t classes, std::size_t features);
  float& weight(std::size_t feature, std::size_t c) { return weights[feature * classes + c]; }
  // One score per class; features beyond the model's count are ignored.
  std::vector<double> Scores(const SparseVector& x) const;
};

}  // namespace sanwang::classify
