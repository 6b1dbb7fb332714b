#include "classify/naive_bayes.h"

#include <cmath>

namespace sanwang::classify {

LinearModel TrainNaiveBayes(const TrainingSet& data, double alpha) {
  const std::size_t classes = data.classes;
  std::vector<double> mass(data.features * classes, 0.0);  // feature-major, like the model
  std::vector<double> class_mass(classes, 0.0);
  std::vector<double> class_rows(classes, 0.0);
  for (std::size_t i = 0; i < data.x.size(); ++i) {
    const auto c = static_cast<std::size_t>(data.y[i]);
    class_rows[c] += 1;
    for (std::size_t k = 0; k < data.x[i].size(); ++k) {
      mass[data.x[i].index[k] * classes + c] += data.x[i].value[k];
      class_mass[c] += data.x[i].value[k];
    }
  }
  LinearModel m = LinearModel::Zero(classes, data.features);
  double rows = static_cast<double>(data.x.size());
  for (std::size_t c = 0; c < classes; ++c) {
    m.bias[c] = static_cast<float>(std::log((class_rows[c] + 1) / (rows + static_cast<double>(classes))));
    double denominator = std::log(class_mass[c] + alpha * static_cast<double>(data.features));
    for (std::size_t j = 0; j < data.features; ++j) {
      m.weight(j, c) = static_cast<float>(std::log(mass[j * classes + c] + alpha) - denominator);
    }
  }
  return m;
}

}  // namespace sanwang::classify
