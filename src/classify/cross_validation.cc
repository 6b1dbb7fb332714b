#include "classify/cross_validation.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <set>

namespace sanwang::classify {
namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

struct FoldTotals {
  double predict_seconds = 0;
  int predictions = 0;
  int top3_hits = 0;
  double confidence = 0;
};

void PredictFold(const Classifier& model, const std::vector<Example>& test,
                 const std::map<std::string, int>& index, Evaluation& evaluation, FoldTotals& totals) {
  for (const Example& e : test) {
    Clock::time_point start = Clock::now();
    std::vector<Prediction> top = model.Predict(e.text, 3);
    totals.predict_seconds += SecondsSince(start);
    ++totals.predictions;
    totals.confidence += top.front().confidence;
    evaluation.Add(index.at(e.label), index.at(top.front().label));
    bool hit = std::any_of(top.begin(), top.end(), [&](const Prediction& p) { return p.label == e.label; });
    totals.top3_hits += hit ? 1 : 0;
  }
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
  if (totals.predictions > 0) {
    cv.predict_micros = totals.predict_seconds * 1e6 / totals.predictions;
    cv.top3_accuracy = static_cast<double>(totals.top3_hits) / totals.predictions;
    cv.mean_confidence = totals.confidence / totals.predictions;
  }
  return cv;
}

}  // namespace sanwang::classify
