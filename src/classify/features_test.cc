#include "classify/features.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "core/text.h"

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

TEST(FeaturesTest, SegmentedWordsAndNgramsOfTheNormalizedText) {
  std::vector<std::string> f =
      ExtractFeatures("路灯，ＯＫ！", FeatureOptions{WordFeatures::kSegmented, 1, 2}, {});
  EXPECT_THAT(f, Contains("w:路灯"));
  EXPECT_THAT(f, Contains("w:ok"));
  EXPECT_THAT(f, Contains("c:灯"));
  EXPECT_THAT(f, Contains("c:ok"));
  EXPECT_THAT(f, Not(Contains("c:灯o")));  // punctuation separates runs
}

TEST(FeaturesTest, OptionsSelectTheKinds) {
  WordLexicon lexicon = WordLexicon::FromVocabulary({"w:路灯"});
  EXPECT_THAT(ExtractFeatures("路灯", FeatureOptions{WordFeatures::kNone, 1, 1}, lexicon),
              ElementsAre("c:路", "c:灯"));
  EXPECT_THAT(ExtractFeatures("路灯", FeatureOptions{WordFeatures::kSegmented, 0, 0}, {}),
              ElementsAre("w:路灯"));
  EXPECT_THAT(ExtractFeatures("路灯", FeatureOptions{WordFeatures::kLexicon, 0, 0}, lexicon),
              ElementsAre("w:路灯"));
}

// Every occurrence of every lexicon word, overlaps included, never across a space, and
// only words of two and three characters.
TEST(FeaturesTest, LexiconWordsAreFoundWhereverTheyOccur) {
  WordLexicon lexicon =
      WordLexicon::FromVocabulary({"w:小区", "w:区门", "w:路灯", "w:wifi", "c:灯", "w:路灯坏了"});
  EXPECT_THAT(LexiconWords("小区门口路灯 路灯坏了 小 区", lexicon),
              ElementsAre("小区", "区门", "路灯", "路灯"));
  EXPECT_THAT(LexiconWords("wifi", lexicon), ElementsAre());  // four characters: never looked for
  EXPECT_THAT(ExtractFeatures("小区门口，ＬＵ灯", FeatureOptions{WordFeatures::kLexicon, 0, 0}, lexicon),
              ElementsAre("w:小区", "w:区门"));
}

TEST(FeaturesTest, TheLexiconHoldsTheTrainingTextsShortWords) {
  WordLexicon lexicon = WordLexicon::Learn({"小区门口的路灯坏了", "噪音扰民"});
  EXPECT_TRUE(lexicon.Contains("路灯"));
  EXPECT_TRUE(lexicon.Contains("小区"));
  EXPECT_FALSE(lexicon.Contains("的"));      // one character: the n-grams cover it
  EXPECT_FALSE(lexicon.Contains("区门"));    // not a word the segmenter found
  EXPECT_FALSE(lexicon.Contains("路灯坏"));  // not a word either
  for (const char* word : {"小区", "路灯"}) EXPECT_EQ(Utf8Length(word), 2u);
}

}  // namespace
}  // namespace sanwang::classify
