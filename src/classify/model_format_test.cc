#include "classify/model_format.h"

#include <gtest/gtest.h>

#include "classify/synthetic_examples.h"

namespace sanwang::classify {
namespace {

Classifier Trained(ModelKind kind) {
  TrainOptions o;
  o.kind = kind;
  return *Classifier::Train(testing::SyntheticData().train, o);
}

TEST(ModelFormatTest, RoundTripGivesTheSamePredictions) {
  for (ModelKind kind : {ModelKind::kNaiveBayes, ModelKind::kLinear}) {
    Classifier original = Trained(kind);
    std::string bytes = SerializeClassifier(original);
    auto restored = DeserializeClassifier(bytes);
    ASSERT_TRUE(restored.ok()) << restored.status().ToString();
    EXPECT_EQ(restored->kind(), kind);
    EXPECT_EQ(restored->labels(), original.labels());
    EXPECT_EQ(restored->temperature(), original.temperature());
    for (const Example& e : testing::SyntheticData().test) {
      EXPECT_EQ(restored->Confidences(e.text), original.Confidences(e.text)) << e.text;
    }
    EXPECT_EQ(SerializeClassifier(*restored), bytes);
  }
}

TEST(ModelFormatTest, RefusesDamagedData) {
  std::string bytes = SerializeClassifier(Trained(ModelKind::kLinear));
  EXPECT_EQ(DeserializeClassifier("").status().code(), ErrorCode::kDataLoss);
  EXPECT_EQ(DeserializeClassifier("not a model at all").status().code(), ErrorCode::kDataLoss);
  EXPECT_EQ(DeserializeClassifier(bytes.substr(0, bytes.size() - 3)).status().code(), ErrorCode::kDataLoss);
  EXPECT_EQ(DeserializeClassifier(bytes + "x").status().code(), ErrorCode::kDataLoss);
  std::string huge_count = bytes;
  huge_count[12 + 4 + 4 + 8 + 3] = '\x7F';  // the label count's high byte
  EXPECT_EQ(DeserializeClassifier(huge_count).status().code(), ErrorCode::kDataLoss);
}

TEST(ModelFormatTest, RefusesANewerFormat) {
  std::string bytes = SerializeClassifier(Trained(ModelKind::kNaiveBayes));
  bytes[12] = static_cast<char>(kModelFormatVersion + 1);
  auto r = DeserializeClassifier(bytes);
  EXPECT_EQ(r.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("newer"), std::string::npos);
}

}  // namespace
}  // namespace sanwang::classify
