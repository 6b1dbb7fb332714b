// The prediction path against a straightforward computation of the same numbers, so that
// an optimization that changes a prediction fails here: for every text, the top labels
// must be the same and every confidence within 1e-9 of the reference.
#include "classify/text_scorer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <tuple>

#include "classify/classifier.h"
#include "classify/synthetic_examples.h"
#include "classify/training_data.h"
#include "core/files.h"
#include "testing/shared_data.h"

namespace sanwang::classify {
namespace {

// Softmax confidences of every label by the definitions of docs/classify.md, with the
// features as strings and ordered maps: count each feature, weigh the known ones by
// (1 + ln tf) · idf, scale to unit length (the vector's values stored as floats, as the
// model stores them), score bias + w · x per label, softmax of score / T.
// The vocabulary as a map, and its lexicon words.
struct TermIndex {
  std::map<std::string, std::uint32_t> index;
  WordLexicon lexicon;
};

TermIndex TermIndexOf(const Classifier& classifier) {
  TermIndex term_index;
  const std::vector<std::string>& terms = classifier.parts().vectorizer.terms();
  for (std::size_t j = 0; j < terms.size(); ++j) term_index.index[terms[j]] = static_cast<std::uint32_t>(j);
  term_index.lexicon = WordLexicon::FromVocabulary(terms);
  return term_index;
}

std::vector<double> ReferenceConfidences(const Classifier& classifier, const TermIndex& term_index,
                                         std::string_view text) {
  const ClassifierParts& parts = classifier.parts();
  std::map<std::uint32_t, int> counts;
  for (const std::string& feature : ExtractFeatures(text, parts.features, term_index.lexicon)) {
    auto it = term_index.index.find(feature);
    if (it != term_index.index.end()) ++counts[it->second];
  }
  std::map<std::uint32_t, double> tfidf;
  double norm = 0;
  for (const auto& [j, count] : counts) {
    double w = (1.0 + std::log(count)) * parts.vectorizer.idf()[j];
    tfidf[j] = w;
    norm += w * w;
  }
  std::vector<double> scores(parts.model.bias.begin(), parts.model.bias.end());
  for (const auto& [j, w] : tfidf) {
    float x = static_cast<float>(w) * static_cast<float>(1.0 / std::sqrt(norm));
    for (std::size_t c = 0; c < parts.model.classes; ++c)
      scores[c] += x * static_cast<double>(parts.model.weights[j * parts.model.classes + c]);
  }
  double top = *std::max_element(scores.begin(), scores.end());
  std::vector<double> p;
  for (double s : scores) p.push_back(std::exp((s - top) / parts.temperature));
  double sum = std::accumulate(p.begin(), p.end(), 0.0);
  for (double& x : p) x /= sum;
  return p;
}

// The k most likely labels `admit` accepts by the reference confidences (ties in label order).
std::vector<Prediction> ReferenceTop(const Classifier& classifier, const TermIndex& term_index,
                                     std::string_view text, std::size_t k,
                                     const Classifier::LabelFilter& admit) {
  std::vector<double> p = ReferenceConfidences(classifier, term_index, text);
  std::vector<std::size_t> order(p.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return p[a] > p[b]; });
  std::vector<Prediction> top;
  for (std::size_t c : order) {
    if (top.size() == k) break;
    if (!admit || admit(classifier.labels()[c])) top.push_back({classifier.labels()[c], p[c]});
  }
  return top;
}

void ExpectSameAsReference(const Classifier& classifier, const TermIndex& term_index,
                           const std::string& text) {
  SCOPED_TRACE("text: " + text);
  std::vector<double> fast = classifier.Confidences(text);
  std::vector<double> reference = ReferenceConfidences(classifier, term_index, text);
  ASSERT_EQ(fast.size(), reference.size());
  for (std::size_t c = 0; c < fast.size(); ++c) EXPECT_NEAR(fast[c], reference[c], 1e-9) << "label " << c;
  const Classifier::LabelFilter not_first = [&](const std::string& label) {
    return label != classifier.labels()[0];
  };
  for (const Classifier::LabelFilter& admit : {Classifier::LabelFilter{}, not_first}) {
    std::vector<Prediction> got = admit ? classifier.Predict(text, 3, admit) : classifier.Predict(text, 3);
    std::vector<Prediction> want = ReferenceTop(classifier, term_index, text, 3, admit);
    ASSERT_EQ(got.size(), want.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
      EXPECT_EQ(got[i].label, want[i].label) << "rank " << i;
      EXPECT_NEAR(got[i].confidence, want[i].confidence, 1e-9) << "rank " << i;
    }
  }
}

// Training rows with the kinds of text the path treats apart: full-width forms, Latin
// words longer than a slot holds, digits, repeats, kana, symbols.
std::vector<Example> TrainingRows() {
  std::vector<Example> rows = testing::SyntheticData().train;
  rows.push_back({"ＳＴＲＥＥＴＬＩＧＨＴ streetlight broken，路灯不亮了", "A01-004"});
  rows.push_back({"Internationalization 国际化 噪音 noise noise noise", "A01-002"});
  rows.push_back({"２４小时施工，噪音扰民扰民扰民！", "A01-002"});
  rows.push_back({"ゴミ 杂物堆放 🚧 楼道堆放杂物 corridor", "A01-001"});
  return rows;
}

const std::vector<std::string>& EdgeTexts() {
  static const std::vector<std::string> texts = {
      "",
      "   ",
      "！！！……",
      "路灯",
      "Ｗｉ－Ｆｉ　２４小时，没信号！",
      "streetlight STREETLIGHT streetlights internationalization",
      "楼道楼道楼道楼道堆放杂物杂物",
      "ゴミ 🚧 corridor 走廊",
      std::string("楼道\0杂物", 10),
      "\xff\xfe 无效字节 \xc3",
      "深夜装修噪音扰民，已经好几天了，希望社区帮忙解决",
  };
  return texts;
}

// Each model kind with each way of finding words.
class TextScorerTest : public ::testing::TestWithParam<std::tuple<ModelKind, WordFeatures>> {
 protected:
  static TrainOptions Options() {
    TrainOptions options;
    options.kind = std::get<0>(GetParam());
    options.features.words = std::get<1>(GetParam());
    return options;
  }
};

TEST_P(TextScorerTest, PredictionsEqualTheReferenceComputation) {
  auto classifier = Classifier::Train(TrainingRows(), Options());
  ASSERT_TRUE(classifier.ok()) << classifier.status().ToString();
  TermIndex terms = TermIndexOf(*classifier);
  for (const std::string& text : EdgeTexts()) ExpectSameAsReference(*classifier, terms, text);
  for (const Example& e : testing::SyntheticData().test) ExpectSameAsReference(*classifier, terms, e.text);
  for (const Example& e : TrainingRows()) ExpectSameAsReference(*classifier, terms, e.text);
}

TEST_P(TextScorerTest, PredictionsEqualTheReferenceOnTheDevelopmentMessages) {
  const char* relative = "complaints/messages-dev.csv";
  std::filesystem::path file = sanwang::testing::SharedDataFile(relative);
  SANWANG_SKIP_WITHOUT_SHARED_DATA(file, relative);
  auto csv = ReadFileToString(file);
  ASSERT_TRUE(csv.ok());
  auto data = ExamplesFromCsv(*csv, {"留言主题", "留言详情"}, "一级分类");
  ASSERT_TRUE(data.ok()) << data.status().ToString();
  // Train on every other message and check all of them: seen and unseen texts alike.
  std::vector<Example> train;
  for (std::size_t i = 0; i < data->examples.size(); i += 2) train.push_back(data->examples[i]);
  auto classifier = Classifier::Train(train, Options());
  ASSERT_TRUE(classifier.ok()) << classifier.status().ToString();
  TermIndex terms = TermIndexOf(*classifier);
  for (const Example& e : data->examples) ExpectSameAsReference(*classifier, terms, e.text);
}

std::string WordFeaturesName(WordFeatures words) {
  switch (words) {
    case WordFeatures::kNone:
      return "no_words";
    case WordFeatures::kSegmented:
      return "segmented";
    case WordFeatures::kLexicon:
      return "lexicon";
  }
  return "unknown";
}

INSTANTIATE_TEST_SUITE_P(Models, TextScorerTest,
                         ::testing::Combine(::testing::Values(ModelKind::kLinear, ModelKind::kNaiveBayes),
                                            ::testing::Values(WordFeatures::kLexicon,
                                                              WordFeatures::kSegmented, WordFeatures::kNone)),
                         [](const auto& p) {
                           return std::string(ModelKindName(std::get<0>(p.param))) + "_" +
                                  WordFeaturesName(std::get<1>(p.param));
                         });

}  // namespace
}  // namespace sanwang::classify
