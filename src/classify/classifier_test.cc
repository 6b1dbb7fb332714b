#include "classify/classifier.h"

#include <gtest/gtest.h>

#include <numeric>

#include "classify/model_format.h"
#include "classify/synthetic_examples.h"

namespace sanwang::classify {
namespace {

class ClassifierTest : public ::testing::TestWithParam<ModelKind> {
 protected:
  TrainOptions Options() const {
    TrainOptions o;
    o.kind = GetParam();
    return o;
  }
};

TEST_P(ClassifierTest, SeparatesHeldOutSyntheticRows) {
  testing::SyntheticSplit data = testing::SyntheticData();
  auto model = Classifier::Train(data.train, Options());
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_EQ(model->labels(), (std::vector<std::string>{"A01-001", "A01-002", "A01-004"}));
  for (const Example& e : data.test) {
    std::vector<Prediction> top = model->Predict(e.text);
    ASSERT_EQ(top.size(), 3u);
    EXPECT_EQ(top[0].label, e.label) << e.text;
    EXPECT_GT(top[0].confidence, 0.5) << e.text;
    EXPECT_GE(top[0].confidence, top[1].confidence);
    EXPECT_GE(top[1].confidence, top[2].confidence);
  }
}

TEST_P(ClassifierTest, ConfidencesAreAProbabilityDistribution) {
  auto model = Classifier::Train(testing::SyntheticData().train, Options());
  ASSERT_TRUE(model.ok());
  std::vector<double> p = model->Confidences("夜里楼上很吵");
  ASSERT_EQ(p.size(), 3u);
  EXPECT_NEAR(std::accumulate(p.begin(), p.end(), 0.0), 1.0, 1e-9);
  EXPECT_GT(model->temperature(), 0);
  EXPECT_EQ(model->Predict("夜里楼上很吵", 10).size(), 3u);
  EXPECT_EQ(model->Predict("", 2).size(), 2u);  // no features: the priors decide
}

TEST_P(ClassifierTest, TrainingIsDeterministic) {
  auto a = Classifier::Train(testing::SyntheticData().train, Options());
  auto b = Classifier::Train(testing::SyntheticData().train, Options());
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(SerializeClassifier(*a), SerializeClassifier(*b));
}

INSTANTIATE_TEST_SUITE_P(Models, ClassifierTest,
                         ::testing::Values(ModelKind::kNaiveBayes, ModelKind::kLinear),
                         [](const auto& model) { return std::string(ModelKindName(model.param)); });

TEST(ClassifierTrainingTest, RefusesTooLittleData) {
  EXPECT_EQ(Classifier::Train({}, {}).status().code(), ErrorCode::kInvalidArgument);
  std::vector<Example> one_label = {{"路灯不亮", "A"}, {"路灯坏了", "A"}};
  EXPECT_EQ(Classifier::Train(one_label, {}).status().code(), ErrorCode::kInvalidArgument);
}

TEST(ClassifierTrainingTest, ModelNames) {
  EXPECT_EQ(*ParseModelKind("nb"), ModelKind::kNaiveBayes);
  EXPECT_EQ(*ParseModelKind("linear"), ModelKind::kLinear);
  EXPECT_EQ(ParseModelKind("svm").status().field(), "model");
  EXPECT_EQ(ModelKindName(ModelKind::kNaiveBayes), "nb");
}

}  // namespace
}  // namespace sanwang::classify
