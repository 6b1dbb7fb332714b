#include "classify/features.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace sanwang::classify {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::Not;

TEST(FeaturesTest, CharacterNgramsStayInsideRuns) {
  EXPECT_THAT(CharNgrams("路灯坏 ab", 1, 2), ElementsAre("路", "路灯", "灯", "灯坏", "坏", "a", "ab", "b"));
  EXPECT_THAT(CharNgrams("噪音扰民", 2, 3), ElementsAre("噪音", "噪音扰", "音扰", "音扰民", "扰民"));
  EXPECT_TRUE(CharNgrams("路灯", 0, 2).empty());
}

TEST(FeaturesTest, WordsAndNgramsOfTheNormalizedText) {
  std::vector<std::string> f = ExtractFeatures("路灯，ＯＫ！", FeatureOptions{true, 1, 2});
  EXPECT_THAT(f, Contains("w:路灯"));
  EXPECT_THAT(f, Contains("w:ok"));
  EXPECT_THAT(f, Contains("c:灯"));
  EXPECT_THAT(f, Contains("c:ok"));
  EXPECT_THAT(f, Not(Contains("c:灯o")));  // punctuation separates runs
}

TEST(FeaturesTest, OptionsSelectTheKinds) {
  EXPECT_THAT(ExtractFeatures("路灯", FeatureOptions{false, 1, 1}), ElementsAre("c:路", "c:灯"));
  EXPECT_THAT(ExtractFeatures("路灯", FeatureOptions{true, 0, 0}), ElementsAre("w:路灯"));
}

}  // namespace
}  // namespace sanwang::classify
