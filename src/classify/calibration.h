// Turning class scores into confidences: a softmax of the scores divided by a temperature
// T fitted on rows the model did not train on (temperature scaling; Guo et al., ICML
// 2017). T minimizes the negative log-likelihood of the true classes, so a confidence of
// 0.8 means right about 80% of the time on data like the held-out rows. Pure functions.
#pragma once

#include <vector>

namespace sanwang::classify {

// exp(s_c / T) / Σ exp(s_k / T), computed stably.
std::vector<double> Softmax(const std::vector<double>& scores, double temperature);

// Mean negative log-likelihood of `truth` under Softmax(scores, temperature).
double NegativeLogLikelihood(const std::vector<std::vector<double>>& scores, const std::vector<int>& truth,
                             double temperature);

inline constexpr double kMinTemperature = 1e-3;
inline constexpr double kMaxTemperature = 1e3;

// The temperature in [kMinTemperature, kMaxTemperature] with the least NLL (1 without
// rows). The NLL is convex in 1/T, so a golden-section search on log T finds it.
double FitTemperature(const std::vector<std::vector<double>>& scores, const std::vector<int>& truth);

}  // namespace sanwang::classify
