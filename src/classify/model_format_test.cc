#include "classify/model_format.h"

#include <gtest/gtest.h>

#include "classify/synthetic_examples.h"

namespace sanwang::classify {
namespace {

Classifier Trained(ModelKind kind, WordFeatures words = WordFeatures::kLexicon) {
  TrainOptions o;
  o.kind = kind;
  o.features.words = words;
  return *Classifier::Train(testing::SyntheticData().train, o);
}

// Where the header keeps the format version and the kind of word features.
constexpr std::size_t kVersionAt = 12;
constexpr std::size_t kWordsAt = 12 + 4 + 1;

TEST(ModelFormatTest, RoundTripGivesTheSamePredictions) {
  for (auto [kind, words] : {std::pair{ModelKind::kNaiveBayes, WordFeatures::kLexicon},
                             std::pair{ModelKind::kLinear, WordFeatures::kLexicon},
                             std::pair{ModelKind::kLinear, WordFeatures::kSegmented},
                             std::pair{ModelKind::kLinear, WordFeatures::kNone}}) {
    Classifier original = Trained(kind, words);
    EXPECT_EQ(original.parts().features.words, words);
    std::string bytes = SerializeClassifier(original);
    auto restored = DeserializeClassifier(bytes);
    ASSERT_TRUE(restored.ok()) << restored.status().ToString();
    EXPECT_EQ(restored->kind(), kind);
    EXPECT_EQ(restored->parts().features, original.parts().features);
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

// Models stored before lexicon words (format 1) keep segmenting their texts.
TEST(ModelFormatTest, ReadsFormatOneModelsAsSegmenting) {
  Classifier segmenting = Trained(ModelKind::kLinear, WordFeatures::kSegmented);
  std::string bytes = SerializeClassifier(segmenting);
  bytes[kVersionAt] = 1;
  auto restored = DeserializeClassifier(bytes);
  ASSERT_TRUE(restored.ok()) << restored.status().ToString();
  EXPECT_EQ(restored->parts().features.words, WordFeatures::kSegmented);
  for (const Example& e : testing::SyntheticData().test) {
    EXPECT_EQ(restored->Confidences(e.text), segmenting.Confidences(e.text)) << e.text;
  }
}

TEST(ModelFormatTest, RefusesUnknownWordFeatures) {
  std::string bytes = SerializeClassifier(Trained(ModelKind::kLinear, WordFeatures::kLexicon));
  ASSERT_EQ(bytes[kWordsAt], 2);
  std::string format_one = bytes;
  format_one[kVersionAt] = 1;  // format 1 knew no lexicon
  EXPECT_EQ(DeserializeClassifier(format_one).status().code(), ErrorCode::kDataLoss);
  std::string unknown = bytes;
  unknown[kWordsAt] = 3;
  EXPECT_EQ(DeserializeClassifier(unknown).status().code(), ErrorCode::kDataLoss);
}

TEST(ModelFormatTest, RefusesANewerFormat) {
  std::string bytes = SerializeClassifier(Trained(ModelKind::kNaiveBayes));
  bytes[kVersionAt] = static_cast<char>(kModelFormatVersion + 1);
  auto r = DeserializeClassifier(bytes);
  EXPECT_EQ(r.status().code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(r.status().message().find("newer"), std::string::npos);
}

}  // namespace
}  // namespace sanwang::classify
