#include "classify/classifier.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>

#include "classify/calibration.h"
#include "classify/naive_bayes.h"
#include "classify/stratified_folds.h"
#include "classify/text_normalizer.h"

namespace sanwang::classify {
namespace {

using Document = std::vector<std::string>;

struct LabelledRows {
  std::vector<std::string> labels;  // sorted, distinct
  std::vector<int> y;               // each row's index into labels
};

LabelledRows IndexLabels(const std::vector<Example>& examples) {
  std::map<std::string, int> index;
  for (const Example& e : examples) index.emplace(e.label, 0);
  LabelledRows out;
  for (auto& [label, i] : index) {
    i = static_cast<int>(out.labels.size());
    out.labels.push_back(label);
  }
  for (const Example& e : examples) out.y.push_back(index[e.label]);
  return out;
}

// The features of every row. With lexicon words, the lexicon is learned from all the
// rows; the calibration's folds (below) share it, which can only move the temperature.
std::vector<Document> ExtractAllFeatures(const std::vector<Example>& examples,
                                         const FeatureOptions& options) {
  WordLexicon lexicon;
  if (options.words == WordFeatures::kLexicon) {
    std::vector<std::string> normalized;
    normalized.reserve(examples.size());
    for (const Example& e : examples) normalized.push_back(NormalizeText(e.text));
    lexicon = WordLexicon::Learn(normalized);
  }
  std::vector<Document> docs;
  docs.reserve(examples.size());
  for (const Example& e : examples) docs.push_back(ExtractFeatures(e.text, options, lexicon));
  return docs;
}

struct Fitted {
  TfidfVectorizer vectorizer;
  LinearModel model;
};

LinearModel TrainModel(const TrainingSet& data, const TrainOptions& options) {
  if (options.kind == ModelKind::kNaiveBayes) return TrainNaiveBayes(data, options.nb_alpha);
  SvmOptions svm = options.svm;
  svm.seed = options.seed;
  return TrainLinearSvm(data, svm);
}

Fitted FitRows(const std::vector<Document>& docs, const LabelledRows& rows,
               const std::vector<std::size_t>& subset, const TrainOptions& options) {
  Fitted f{TfidfVectorizer::Fit(docs, subset, options.tfidf), {}};
  TrainingSet data;
  data.classes = rows.labels.size();
  data.features = f.vectorizer.size();
  for (std::size_t row : subset) {
    data.x.push_back(f.vectorizer.Transform(docs[row]));
    data.y.push_back(rows.y[row]);
  }
  f.model = TrainModel(data, options);
  return f;
}

// The temperature fitted on out-of-fold scores: each row scored by a model that did not
// see it.
double CalibrateTemperature(const std::vector<Document>& docs, const LabelledRows& rows,
                            const TrainOptions& options) {
  auto folds = StratifiedFolds(rows.y, options.calibration_folds, options.seed + 1);
  if (!folds.ok()) return 1.0;  // too few rows to hold any out
  std::vector<std::vector<double>> scores;
  std::vector<int> truth;
  for (int f = 0; f < options.calibration_folds; ++f) {
    std::vector<std::size_t> train, held;
    for (std::size_t i = 0; i < docs.size(); ++i) (folds.value()[i] == f ? held : train).push_back(i);
    Fitted fitted = FitRows(docs, rows, train, options);
    for (std::size_t i : held) {
      scores.push_back(fitted.model.Scores(fitted.vectorizer.Transform(docs[i])));
      truth.push_back(rows.y[i]);
    }
  }
  return FitTemperature(scores, truth);
}

}  // namespace

std::string_view ModelKindName(ModelKind kind) { return kind == ModelKind::kNaiveBayes ? "nb" : "linear"; }

Result<ModelKind> ParseModelKind(std::string_view name) {
  if (name == "nb") return ModelKind::kNaiveBayes;
  if (name == "linear") return ModelKind::kLinear;
  return InvalidArgument("unknown model '" + std::string(name) + "': nb or linear", "model");
}

Result<Classifier> Classifier::Train(const std::vector<Example>& examples, const TrainOptions& options) {
  if (examples.empty()) return InvalidArgument("no training rows");
  LabelledRows rows = IndexLabels(examples);
  if (rows.labels.size() < 2) return InvalidArgument("need at least two different labels to train");
  std::vector<Document> docs = ExtractAllFeatures(examples, options.features);
  ClassifierParts parts;
  parts.kind = options.kind;
  parts.features = options.features;
  parts.temperature = options.calibration_folds >= 2 ? CalibrateTemperature(docs, rows, options) : 1.0;
  std::vector<std::size_t> all(docs.size());
  std::iota(all.begin(), all.end(), 0);
  Fitted fitted = FitRows(docs, rows, all, options);
  parts.vectorizer = std::move(fitted.vectorizer);
  parts.model = std::move(fitted.model);
  parts.labels = std::move(rows.labels);
  return Classifier(std::move(parts));
}

Result<Classifier> Classifier::FromParts(ClassifierParts parts) {
  const LinearModel& m = parts.model;
  if (parts.labels.size() < 2 || m.classes != parts.labels.size())
    return InvalidArgument("labels and model disagree");
  if (m.features != parts.vectorizer.size()) return InvalidArgument("vocabulary and model disagree");
  if (m.weights.size() != m.classes * m.features || m.bias.size() != m.classes) {
    return InvalidArgument("model weights have the wrong size");
  }
  if (!(parts.temperature > 0) || !std::isfinite(parts.temperature))
    return InvalidArgument("bad temperature");
  return Classifier(std::move(parts));
}

std::vector<double> Classifier::Scores(std::string_view text) const {
  return scorer_.Scores(text, parts_.features, parts_.vectorizer, parts_.model);
}

std::vector<double> Classifier::Confidences(std::string_view text) const {
  return Softmax(Scores(text), parts_.temperature);
}

std::vector<Prediction> Classifier::Predict(std::string_view text, std::size_t k) const {
  return Predict(text, k, nullptr);
}

std::vector<Prediction> Classifier::Predict(std::string_view text, std::size_t k,
                                            const LabelFilter& admit) const {
  std::vector<double> p = Confidences(text);
  std::vector<std::size_t> order(p.size());
  std::iota(order.begin(), order.end(), 0);
  auto more_likely = [&](std::size_t a, std::size_t b) { return p[a] != p[b] ? p[a] > p[b] : a < b; };
  std::vector<Prediction> top;
  // Sort only as far as needed: the first k, then twice as many while `admit` passes over labels.
  for (std::size_t sorted = 0; top.size() < k && sorted < order.size();) {
    std::size_t next = std::min(order.size(), std::max(sorted * 2, sorted + k));
    std::partial_sort(order.begin() + static_cast<std::ptrdiff_t>(sorted),
                      order.begin() + static_cast<std::ptrdiff_t>(next), order.end(), more_likely);
    for (; sorted < next && top.size() < k; ++sorted) {
      const std::string& label = parts_.labels[order[sorted]];
      if (!admit || admit(label)) top.push_back({label, p[order[sorted]]});
    }
  }
  return top;
}

}  // namespace sanwang::classify
