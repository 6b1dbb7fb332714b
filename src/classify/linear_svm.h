// A linear support vector machine, one class against the rest, with the squared hinge loss
// and L2 regularization, trained by dual coordinate descent (Hsieh et al., ICML 2008; the
// method of LIBLINEAR and of scikit-learn's LinearSVC). The bias is learnt as the weight
// of a constant feature 1. Rows are visited in an order drawn from a fixed seed, so equal
// data and options give an equal model. A pure function.
#pragma once

#include <cstdint>

#include "classify/linear_model.h"

namespace sanwang::classify {

struct SvmOptions {
  double c = 1.0;             // inverse regularization strength
  double tolerance = 1e-3;    // stop when the projected gradients span less than this
  int max_iterations = 1000;  // passes over the rows, per class
  std::uint64_t seed = 1;
  // Scale C per row by rows / (classes · rows of its class), so that small classes weigh
  // as much as large ones (scikit-learn's class_weight="balanced").
  bool balanced = false;
};

LinearModel TrainLinearSvm(const TrainingSet& data, const SvmOptions& options);

}  // namespace sanwang::classify
