#include "classify/cross_validation.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

#include "classify/dispatch_advice.h"

namespace sanwang::classify {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

struct FoldTotals {
  std::vector<double> predict_seconds;  // one per predicted text
  int top3_hits = 0;
  double confidence = 0;
};

void PredictFold(const Classifier& model, const std::vector<Example>& test,
                 const std::map<std::string, int>& index, Evaluation& evaluation, FoldTotals& totals) {
  const IsCatalogItem every_label = [](const std::string&) { return true; };
  for (const Example& e : test) {
    Clock::time_point start = Clock::now();
    std::vector<Prediction> top = CatalogSuggestions(model, e.text, 3, every_label);
    totals.predict_seconds.push_back(SecondsSince(start));
    totals.confidence += top.front().confidence;
    evaluation.Add(index.at(e.label), index.at(top.front().label));
    bool hit = std::any_of(top.begin(), top.end(), [&](const Prediction& p) { return p.label == e.label; });
    totals.top3_hits += hit ? 1 : 0;
  }
}

// The value below which a fraction `q` of the sorted `values` lie (nearest rank).
double Percentile(const std::vector<double>& sorted, double q) {
  std::size_t rank = static_cast<std::size_t>(std::ceil(q * static_cast<double>(sorted.size())));
  return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

void SummarizeLatency(FoldTotals& totals, CrossValidation& cv) {
  std::vector<double>& seconds = totals.predict_seconds;
  if (seconds.empty()) return;
  double n = static_cast<double>(seconds.size());
  cv.predict_micros = std::accumulate(seconds.begin(), seconds.end(), 0.0) * 1e6 / n;
  std::sort(seconds.begin(), seconds.end());
  cv.predict_p50_micros = Percentile(seconds, 0.50) * 1e6;
  cv.predict_p99_micros = Percentile(seconds, 0.99) * 1e6;
}

}  // namespace

std::vector<std::string> DistinctLabels(const std::vector<Example>& examples) {
  std::set<std::string> labels;
  for (const Example& e : examples) labels.insert(e.label);
  return {labels.begin(), labels.end()};
}

Result<CrossValidation> CrossValidate(const std::vector<Example>& examples,
                                      const std::vector<int>& fold_of_row, const TrainOptions& options) {
  if (fold_of_row.size() != examples.size()) return InvalidArgument("one fold per row needed", "folds");
  if (std::any_of(fold_of_row.begin(), fold_of_row.end(), [](int f) { return f < 0; })) {
    return InvalidArgument("folds are numbered from 0", "folds");
  }
  CrossValidation cv{Evaluation(DistinctLabels(examples))};
  std::map<std::string, int> index;
  for (std::size_t c = 0; c < cv.evaluation.labels().size(); ++c)
    index[cv.evaluation.labels()[c]] = static_cast<int>(c);
  cv.folds = fold_of_row.empty() ? 0 : *std::max_element(fold_of_row.begin(), fold_of_row.end()) + 1;
  FoldTotals totals;
  for (int f = 0; f < cv.folds; ++f) {
    std::vector<Example> train, test;
    for (std::size_t i = 0; i < examples.size(); ++i)
      (fold_of_row[i] == f ? test : train).push_back(examples[i]);
    Clock::time_point start = Clock::now();
    auto model = Classifier::Train(train, options);
    cv.train_seconds += SecondsSince(start);
    if (!model.ok()) return model.status().WithContext("fold " + std::to_string(f + 1));
    PredictFold(*model, test, index, cv.evaluation, totals);
  }
  if (!totals.predict_seconds.empty()) {
    double n = static_cast<double>(totals.predict_seconds.size());
    cv.top3_accuracy = totals.top3_hits / n;
    cv.mean_confidence = totals.confidence / n;
    SummarizeLatency(totals, cv);
  }
  return cv;
}

}  // namespace sanwang::classify
