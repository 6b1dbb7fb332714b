#include "classify/calibration.h"

#include <algorithm>
#include <cmath>

namespace sanwang::classify {
namespace {

double LogSumExp(const std::vector<double>& scores, double temperature) {
  double top = *std::max_element(scores.begin(), scores.end()) / temperature;
  double sum = 0;
  for (double s : scores) sum += std::exp(s / temperature - top);
  return top + std::log(sum);
}

}  // namespace

std::vector<double> Softmax(const std::vector<double>& scores, double temperature) {
  if (scores.empty()) return {};
  double log_total = LogSumExp(scores, temperature);
  std::vector<double> p;
  p.reserve(scores.size());
  for (double s : scores) p.push_back(std::exp(s / temperature - log_total));
  return p;
}

double NegativeLogLikelihood(const std::vector<std::vector<double>>& scores, const std::vector<int>& truth,
                             double temperature) {
  double total = 0;
  for (std::size_t i = 0; i < scores.size(); ++i) {
    total += LogSumExp(scores[i], temperature) - scores[i][static_cast<std::size_t>(truth[i])] / temperature;
  }
  return scores.empty() ? 0.0 : total / static_cast<double>(scores.size());
}

double FitTemperature(const std::vector<std::vector<double>>& scores, const std::vector<int>& truth) {
  if (scores.empty()) return 1.0;
  auto nll = [&](double log_t) { return NegativeLogLikelihood(scores, truth, std::exp(log_t)); };
  const double phi = (std::sqrt(5.0) - 1) / 2;
  double lo = std::log(kMinTemperature);
  double hi = std::log(kMaxTemperature);
  double a = hi - phi * (hi - lo);
  double b = lo + phi * (hi - lo);
  double fa = nll(a);
  double fb = nll(b);
  for (int step = 0; step < 100 && hi - lo > 1e-6; ++step) {
    if (fa <= fb) {  // the minimum lies in [lo, b]
      hi = b;
      b = a;
      fb = fa;
      a = hi - phi * (hi - lo);
      fa = nll(a);
    } else {  // in [a, hi]
      lo = a;
      a = b;
      fa = fb;
      b = lo + phi * (hi - lo);
      fb = nll(b);
    }
  }
  return std::exp((lo + hi) / 2);
}

}  // namespace sanwang::classify
