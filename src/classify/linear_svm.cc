#include "classify/linear_svm.h"

#include <algorithm>
#include <limits>
#include <numeric>

#include "classify/shuffle.h"

namespace sanwang::classify {
namespace {

double Dot(const std::vector<double>& w, const SparseVector& x) {
  double sum = 0;
  for (std::size_t k = 0; k < x.size(); ++k) sum += w[x.index[k]] * x.value[k];
  return sum;
}

void AddScaled(std::vector<double>& w, const SparseVector& x, double scale) {
  for (std::size_t k = 0; k < x.size(); ++k) w[x.index[k]] += scale * x.value[k];
}

// The dual problem of one class against the rest; w holds the weights, then the bias.
class BinaryProblem {
 public:
  BinaryProblem(const TrainingSet& data, int positive, const std::vector<double>& row_c)
      : data_(data),
        positive_(positive),
        diag_(data.x.size()),
        alpha_(data.x.size(), 0.0),
        w_(data.features + 1, 0.0),
        qd_(data.x.size()) {
    for (std::size_t i = 0; i < data.x.size(); ++i) {
      double norm = 0;
      for (float v : data.x[i].value) norm += static_cast<double>(v) * v;
      diag_[i] = 0.5 / row_c[i];
      qd_[i] = norm + 1.0 + diag_[i];  // + 1 for the constant bias feature
    }
  }

  // One pass in `order`; returns the span of the projected gradients (0 when optimal).
  double Pass(const std::vector<std::size_t>& order) {
    double max_pg = -std::numeric_limits<double>::infinity();
    double min_pg = std::numeric_limits<double>::infinity();
    for (std::size_t i : order) {
      double y = data_.y[i] == positive_ ? 1.0 : -1.0;
      double g = y * (Dot(w_, data_.x[i]) + w_.back()) - 1.0 + diag_[i] * alpha_[i];
      double pg = alpha_[i] == 0.0 ? std::min(g, 0.0) : g;
      max_pg = std::max(max_pg, pg);
      min_pg = std::min(min_pg, pg);
      if (std::abs(pg) < 1e-12) continue;
      double old = alpha_[i];
      alpha_[i] = std::max(old - g / qd_[i], 0.0);
      double delta = (alpha_[i] - old) * y;
      AddScaled(w_, data_.x[i], delta);
      w_.back() += delta;
    }
    return order.empty() ? 0.0 : max_pg - min_pg;
  }

  const std::vector<double>& weights() const { return w_; }

 private:
  const TrainingSet& data_;
  int positive_;
  std::vector<double> diag_;  // 1 / (2C) per row: the squared hinge loss's term on the dual's diagonal
  std::vector<double> alpha_;
  std::vector<double> w_;
  std::vector<double> qd_;
};

void CopyClass(const std::vector<double>& w, std::size_t c, LinearModel& m) {
  for (std::size_t j = 0; j < m.features; ++j) m.weight(j, c) = static_cast<float>(w[j]);
  m.bias[c] = static_cast<float>(w[m.features]);
}

// C of each row: options.c, scaled by the row's class weight when balancing.
std::vector<double> RowC(const TrainingSet& data, const SvmOptions& options) {
  std::vector<double> rows_of(data.classes, 0.0);
  for (int y : data.y) rows_of[static_cast<std::size_t>(y)] += 1;
  std::vector<double> c(data.x.size(), options.c);
  if (!options.balanced) return c;
  double n = static_cast<double>(data.x.size()), k = static_cast<double>(data.classes);
  for (std::size_t i = 0; i < c.size(); ++i) c[i] *= n / (k * rows_of[static_cast<std::size_t>(data.y[i])]);
  return c;
}

}  // namespace

LinearModel TrainLinearSvm(const TrainingSet& data, const SvmOptions& options) {
  LinearModel m = LinearModel::Zero(data.classes, data.features);
  std::mt19937_64 rng(options.seed);
  std::vector<std::size_t> order(data.x.size());
  std::vector<double> row_c = RowC(data, options);
  for (std::size_t c = 0; c < data.classes; ++c) {
    BinaryProblem problem(data, static_cast<int>(c), row_c);
    std::iota(order.begin(), order.end(), 0);
    for (int pass = 0; pass < options.max_iterations; ++pass) {
      DeterministicShuffle(order, rng);
      if (problem.Pass(order) <= options.tolerance) break;
    }
    CopyClass(problem.weights(), c, m);
  }
  return m;
}

}  // namespace sanwang::classify
