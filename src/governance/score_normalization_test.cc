#include "governance/score_normalization.h"

#include <gtest/gtest.h>

namespace sanwang::governance {
namespace {

// The worked example. Reviewer 1 is harsh, reviewer 2 lenient:
//
//   reviewer 1: entry 1 60, entry 2 70, entry 3 80   mean 70, sd √(200/3) = 8.1650
//   reviewer 2: entry 2 85, entry 3 95, entry 4 90   mean 90, sd √(50/3)  = 4.0825
//
//   z-scores: reviewer 1 −1.2247, 0, +1.2247; reviewer 2 −1.2247, +1.2247, 0
//   entry z:  1 −1.2247   2 (0 − 1.2247) / 2 = −0.6124   3 +1.2247   4 0
//   all six totals: mean 80, sd √(850/6) = 11.9024
//   score = 80 + 11.9024 × z:  1 65.42   2 72.71   3 94.58   4 80.00
//
// Entry 4's plain mean (90) is above entry 3's (87.5), but 90 from the lenient reviewer is
// only that reviewer's average: normalised, entry 3 comes first.
TEST(ScoreNormalizationTest, AHarshReviewerDoesNotSinkAnEntry) {
  const auto ranked =
      NormaliseScores({{1, 1, 60}, {1, 2, 70}, {1, 3, 80}, {2, 2, 85}, {2, 3, 95}, {2, 4, 90}});
  ASSERT_EQ(ranked.size(), 4u);
  const std::vector<std::pair<store::Id, std::int64_t>> want = {{3, 9458}, {4, 8000}, {2, 7271}, {1, 6542}};
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(ranked[i].entry, want[i].first) << i;
    EXPECT_EQ(ranked[i].score_hundredths, want[i].second) << i;
  }
  EXPECT_DOUBLE_EQ(ranked[1].raw_mean, 90);
  EXPECT_DOUBLE_EQ(ranked[0].raw_mean, 87.5);
  EXPECT_EQ(ranked[2].reviews, 2);
  EXPECT_NEAR(ranked[2].z, -0.612372, 1e-6);
}

TEST(ScoreNormalizationTest, AReviewerWhoCannotTellEntriesApartSaysNothingAboutThem) {
  // Reviewer 1 gives everything 80; reviewer 2 scored one entry only. Every z is 0, so every
  // entry gets the grand mean and all are tied, listed by id.
  const auto ranked = NormaliseScores({{1, 5, 80}, {1, 6, 80}, {2, 7, 95}});
  ASSERT_EQ(ranked.size(), 3u);
  for (const auto& e : ranked) EXPECT_EQ(e.score_hundredths, 8500) << e.entry;  // (80 + 80 + 95) / 3
  EXPECT_EQ(ranked[0].entry, 5);
  EXPECT_EQ(ranked[2].entry, 7);
  EXPECT_TRUE(NormaliseScores({}).empty());
}

TEST(ScoreNormalizationTest, TheSameReviewsInAnyOrderGiveTheSameRanking) {
  std::vector<ReviewScore> reviews = {{1, 1, 60}, {1, 2, 70}, {1, 3, 80}, {2, 2, 85}, {2, 3, 95}, {2, 4, 90}};
  const auto first = NormaliseScores(reviews);
  std::reverse(reviews.begin(), reviews.end());
  const auto second = NormaliseScores(reviews);
  ASSERT_EQ(first.size(), second.size());
  for (std::size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].entry, second[i].entry);
    EXPECT_EQ(first[i].score_hundredths, second[i].score_hundredths);
  }
}

}  // namespace
}  // namespace sanwang::governance
