#include "classify/linear_model.h"

namespace sanwang::classify {

LinearModel LinearModel::Zero(std::size_t classes, std::size_t features) {
  LinearModel m;
  m.classes = classes;
  m.features = features;
  m.weights.assign(classes * features, 0.0f);
  m.bias.assign(classes, 0.0f);
  return m;
}

std::vector<double> LinearModel::Scores(const SparseVector& x) const {
  std::vector<double> scores(bias.begin(), bias.end());
  for (std::size_t k = 0; k < x.size(); ++k) {
    if (x.index[k] >= features) continue;
    const float* row = &weights[static_cast<std::size_t>(x.index[k]) * classes];
    double v = x.value[k];
    for (std::size_t c = 0; c < classes; ++c) scores[c] += v * row[c];
  }
  return scores;
}

}  // namespace sanwang::classify
