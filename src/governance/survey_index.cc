#include "governance/survey_index.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace sanwang::governance {
namespace {

// t(0.975, df) for df = 1 … 30.
constexpr std::array<double, 30> kT975 = {
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131,
    2.120,  2.110, 2.101, 2.093, 2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042};
// Beyond the table: (df, t) points, interpolated linearly in 1/df.
constexpr std::array<std::pair<int, double>, 4> kT975Far = {
    {{30, 2.042}, {40, 2.021}, {60, 2.000}, {120, 1.980}}};
constexpr double kNormal975 = 1.960;

double Clamp(double v) { return std::clamp(v, 0.0, 100.0); }

struct Sample {
  double mean = 0;
  double variance = 0;  // the sample variance (n − 1); 0 for one value
  int n = 0;
};

Sample SampleOf(const std::vector<double>& values) {
  Sample s;
  s.n = static_cast<int>(values.size());
  if (s.n == 0) return s;
  for (double v : values) s.mean += v;
  s.mean /= s.n;
  if (s.n < 2) return s;
  for (double v : values) s.variance += (v - s.mean) * (v - s.mean);
  s.variance /= (s.n - 1);
  return s;
}

IndexEstimate WithInterval(IndexEstimate e, double standard_error, int df) {
  const double half = df >= 1 ? StudentT975(df) * standard_error : 0;
  e.ci_low = Clamp(e.value - half);
  e.ci_high = Clamp(e.value + half);
  return e;
}

}  // namespace

std::optional<double> RespondentScore(const IndexDefinition& index,
                                      const std::map<std::string, int>& answers) {
  double weighted = 0;
  double weights = 0;
  for (const IndexQuestion& q : index.questions) {
    const auto answer = answers.find(q.code);
    if (answer == answers.end() || q.highest <= q.lowest || q.weight <= 0) continue;
    if (answer->second < q.lowest || answer->second > q.highest) continue;
    const double scaled = 100.0 * (answer->second - q.lowest) / (q.highest - q.lowest);
    weighted += q.weight * scaled;
    weights += q.weight;
  }
  if (weights <= 0) return std::nullopt;
  return weighted / weights;
}

double StudentT975(int df) {
  if (df < 1) df = 1;
  if (df <= static_cast<int>(kT975.size())) return kT975[static_cast<std::size_t>(df - 1)];
  for (std::size_t i = 1; i < kT975Far.size(); ++i) {
    const auto [df0, t0] = kT975Far[i - 1];
    const auto [df1, t1] = kT975Far[i];
    if (df <= df1) {
      const double x = (1.0 / df0 - 1.0 / df) / (1.0 / df0 - 1.0 / df1);
      return t0 + x * (t1 - t0);
    }
  }
  const auto [df0, t0] = kT975Far.back();
  const double x = 1.0 - static_cast<double>(df0) / df;  // 1/df from 1/120 down to 0
  return t0 + x * (kNormal975 - t0);
}

IndexEstimate CommunityEstimate(const std::vector<double>& scores, int min_sample) {
  const Sample s = SampleOf(scores);
  IndexEstimate e;
  e.strata = 1;
  e.sample = s.n;
  e.small_sample = s.n < min_sample;
  if (s.n == 0) return e;
  e.has_value = true;
  e.strata_answered = 1;
  e.value = s.mean;
  return WithInterval(e, std::sqrt(s.variance / s.n), s.n - 1);
}

IndexEstimate AreaEstimate(const std::map<store::Id, std::vector<double>>& scores,
                           const std::vector<Stratum>& strata, int min_sample) {
  IndexEstimate e;
  e.strata = static_cast<int>(strata.size());
  double answered_population = 0;
  for (const Stratum& h : strata) {
    const auto found = scores.find(h.community);
    if (found == scores.end() || found->second.empty()) continue;
    answered_population += static_cast<double>(std::max<std::int64_t>(h.population, 1));
    ++e.strata_answered;
    e.sample += static_cast<int>(found->second.size());
  }
  e.small_sample = e.sample < min_sample;
  if (e.strata_answered == 0) return e;
  double variance = 0;
  for (const Stratum& h : strata) {
    const auto found = scores.find(h.community);
    if (found == scores.end() || found->second.empty()) continue;
    const double weight = static_cast<double>(std::max<std::int64_t>(h.population, 1)) / answered_population;
    const Sample s = SampleOf(found->second);
    e.value += weight * s.mean;
    variance += weight * weight * s.variance / s.n;
  }
  e.has_value = true;
  return WithInterval(e, std::sqrt(variance), e.sample - e.strata_answered);
}

}  // namespace sanwang::governance
