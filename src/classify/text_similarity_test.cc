#include "classify/text_similarity.h"

#include <gtest/gtest.h>

namespace sanwang::classify {
namespace {

TEST(TextSimilarityTest, BigramsOfNormalizedRuns) {
  EXPECT_EQ(CharacterBigrams("路灯坏了"), (std::unordered_set<std::string>{"路灯", "灯坏", "坏了"}));
  // Punctuation separates runs; full-width letters become ASCII and lower case; a lone
  // character is a gram of its own.
  EXPECT_EQ(CharacterBigrams("ＷＩ，灯！"), (std::unordered_set<std::string>{"wi", "灯"}));
  EXPECT_TRUE(CharacterBigrams(" ，。 ").empty());
}

TEST(TextSimilarityTest, DiceOverBigramSets) {
  EXPECT_DOUBLE_EQ(BigramSimilarity("路灯坏了", "路灯坏了！"), 1.0);
  EXPECT_DOUBLE_EQ(BigramSimilarity("路灯坏了", "噪音扰民"), 0.0);
  EXPECT_DOUBLE_EQ(BigramSimilarity("", ""), 0.0);
  // {楼道 道里 里堆 堆满 满了 了纸 纸箱} and {楼道 道堆 堆满 满纸 纸箱 箱没 没人 人管}: 3 shared of 7 + 8.
  EXPECT_DOUBLE_EQ(BigramSimilarity("楼道里堆满了纸箱", "楼道堆满纸箱没人管"), 6.0 / 15.0);
  EXPECT_DOUBLE_EQ(BigramSimilarity("楼道堆满纸箱没人管", "楼道里堆满了纸箱"), 6.0 / 15.0);
}

}  // namespace
}  // namespace sanwang::classify
