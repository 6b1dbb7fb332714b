#include "governance/score_normalization.h"

#include <algorithm>
#include <cmath>

namespace sanwang::governance {
namespace {

struct Moments {
  double mean = 0;
  double sd = 0;
  int n = 0;
};

Moments MomentsOf(const std::vector<double>& values) {
  Moments m;
  m.n = static_cast<int>(values.size());
  if (values.empty()) return m;
  for (double v : values) m.mean += v;
  m.mean /= m.n;
  double squares = 0;
  for (double v : values) squares += (v - m.mean) * (v - m.mean);
  m.sd = std::sqrt(squares / m.n);
  return m;
}

// Tolerance under which a standard deviation counts as none (every total the same).
constexpr double kNoSpread = 1e-9;

}  // namespace

std::vector<NormalisedEntry> NormaliseScores(const std::vector<ReviewScore>& reviews) {
  std::map<store::Id, std::vector<double>> by_reviewer;
  std::vector<double> all;
  for (const auto& r : reviews) {
    by_reviewer[r.reviewer].push_back(r.total);
    all.push_back(r.total);
  }
  std::map<store::Id, Moments> moments;
  for (const auto& [reviewer, totals] : by_reviewer) moments[reviewer] = MomentsOf(totals);
  const Moments grand = MomentsOf(all);
  std::map<store::Id, NormalisedEntry> entries;
  for (const auto& r : reviews) {
    const Moments& m = moments[r.reviewer];
    const double z = (m.n < 2 || m.sd < kNoSpread) ? 0 : (r.total - m.mean) / m.sd;
    NormalisedEntry& e = entries[r.entry];
    e.entry = r.entry;
    e.raw_mean += r.total;
    e.z += z;
    ++e.reviews;
  }
  std::vector<NormalisedEntry> out;
  for (auto& [id, e] : entries) {
    e.raw_mean /= e.reviews;
    e.z /= e.reviews;
    e.score_hundredths = std::llround((grand.mean + grand.sd * e.z) * 100);
    out.push_back(e);
  }
  std::sort(out.begin(), out.end(), [](const NormalisedEntry& a, const NormalisedEntry& b) {
    return a.score_hundredths != b.score_hundredths ? a.score_hundredths > b.score_hundredths
                                                    : a.entry < b.entry;
  });
  return out;
}

}  // namespace sanwang::governance
