// k-fold cross-validation of the classifier on labelled rows: for each fold, a model is
// trained on the rows outside it (TF-IDF vocabulary and calibration included) and
// predicts the rows inside it, so no row is ever judged by a model that saw it. The
// predictions of all folds are pooled into one Evaluation. Training time and prediction
// latency are measured with the monotonic clock (steady_clock). The latency timer covers
// exactly one call of CatalogSuggestions(model, text, 3, …) per held-out text, the call the
// server's suggestion route makes (dispatch_advice.h): normalization, segmentation,
// features, TF-IDF, scores of every label, softmax, the top 3 and their labels; with a
// predicate that accepts every label, so no catalog look-up. Training, reading the file and
// scoring the answer are outside it.
//
// A pure function apart from reading the clock; call it from one thread.
#pragma once

#include <vector>

#include "classify/classifier.h"
#include "classify/evaluation.h"

namespace sanwang::classify {

struct CrossValidation {
  Evaluation evaluation;
  int folds = 0;
  double train_seconds = 0;   // all folds together
  double predict_micros = 0;  // mean per predicted text
  double predict_p50_micros = 0;
  double predict_p99_micros = 0;  // nearest rank: no more than 1% of the texts took longer
  double top3_accuracy = 0;       // the true label among the top 3
  double mean_confidence = 0;     // of the top label: near accuracy when calibrated
};

// `fold_of_row` gives each row's fold, 0 … k-1 (stratified_folds.h, or read from a file).
Result<CrossValidation> CrossValidate(const std::vector<Example>& examples,
                                      const std::vector<int>& fold_of_row, const TrainOptions& options);

// The distinct labels of `examples`, sorted: the class order of every Evaluation here.
std::vector<std::string> DistinctLabels(const std::vector<Example>& examples);

}  // namespace sanwang::classify
