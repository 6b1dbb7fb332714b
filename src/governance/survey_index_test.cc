#include "governance/survey_index.h"

#include <gtest/gtest.h>

#include <cmath>

namespace sanwang::governance {
namespace {

IndexDefinition Livability() { return {"livability", "宜居度", {{"q1", 2, 1, 5}, {"q2", 1, 1, 5}}, 30}; }

TEST(SurveyIndexTest, ARespondentsScoreIsTheWeightedMeanOfTheAnswersOnZeroToHundred) {
  // q1 = 5 is 100, q2 = 2 is 25: (2 × 100 + 1 × 25) / 3 = 75.
  EXPECT_DOUBLE_EQ(*RespondentScore(Livability(), {{"q1", 5}, {"q2", 2}}), 75.0);
  // Only q2 answered: its 50 alone.
  EXPECT_DOUBLE_EQ(*RespondentScore(Livability(), {{"q2", 3}}), 50.0);
  // Nothing of the index answered, or only answers off the scale: no score.
  EXPECT_FALSE(RespondentScore(Livability(), {{"other", 5}}));
  EXPECT_FALSE(RespondentScore(Livability(), {{"q1", 9}, {"q2", 0}}));
}

TEST(SurveyIndexTest, StudentsTFollowsTheTableAndApproachesTheNormal) {
  EXPECT_DOUBLE_EQ(StudentT975(1), 12.706);
  EXPECT_DOUBLE_EQ(StudentT975(4), 2.776);
  EXPECT_DOUBLE_EQ(StudentT975(30), 2.042);
  EXPECT_DOUBLE_EQ(StudentT975(60), 2.000);
  EXPECT_GT(StudentT975(45), 2.000);
  EXPECT_LT(StudentT975(45), 2.021);
  EXPECT_NEAR(StudentT975(100000), 1.960, 0.001);
  for (int df = 1; df < 500; ++df) EXPECT_GE(StudentT975(df), StudentT975(df + 1)) << df;
}

TEST(SurveyIndexTest, ACommunitysIntervalIsStudentsTOverTheStandardError) {
  // 60, 70, 80, 90, 100: mean 80, s² = 1000 / 4 = 250, SE = √(250 / 5) = 7.0711,
  // t(4) = 2.776: 80 ± 19.630.
  const IndexEstimate e = CommunityEstimate({60, 70, 80, 90, 100}, 30);
  ASSERT_TRUE(e.has_value);
  EXPECT_DOUBLE_EQ(e.value, 80.0);
  EXPECT_NEAR(e.ci_low, 60.370, 0.001);
  EXPECT_NEAR(e.ci_high, 99.630, 0.001);
  EXPECT_EQ(e.sample, 5);
  EXPECT_TRUE(e.small_sample);
  // The interval stays inside the index's range; one answer has no spread to speak of.
  const IndexEstimate wide = CommunityEstimate({50, 75, 100}, 3);
  EXPECT_DOUBLE_EQ(wide.ci_high, 100.0);
  EXPECT_NEAR(wide.ci_low, 75.0 - 4.303 * 25.0 / std::sqrt(3.0), 0.001);
  EXPECT_FALSE(wide.small_sample);
  const IndexEstimate one = CommunityEstimate({40}, 30);
  EXPECT_DOUBLE_EQ(one.ci_low, 40.0);
  EXPECT_DOUBLE_EQ(one.ci_high, 40.0);
  EXPECT_FALSE(CommunityEstimate({}, 30).has_value);
}

TEST(SurveyIndexTest, AnAreaIsPostStratifiedOnItsCommunitiesPopulations) {
  // A (3,000 people): 60 and 80 — mean 70, s² 200. B (1,000): 90 three times — s² 0.
  // C (1,000): no answers, left out. W_A = 0.75, W_B = 0.25: 0.75 × 70 + 0.25 × 90 = 75,
  // where the plain mean of the five answers would be 84. Variance 0.75² × 200 / 2 = 56.25,
  // SE 7.5, df 5 − 2 = 3, t 3.182: 75 ± 23.865.
  const IndexEstimate e =
      AreaEstimate({{1, {60, 80}}, {2, {90, 90, 90}}}, {{1, 3000}, {2, 1000}, {3, 1000}}, 30);
  ASSERT_TRUE(e.has_value);
  EXPECT_DOUBLE_EQ(e.value, 75.0);
  EXPECT_NEAR(e.ci_low, 51.135, 0.001);
  EXPECT_NEAR(e.ci_high, 98.865, 0.001);
  EXPECT_EQ(e.sample, 5);
  EXPECT_EQ(e.strata_answered, 2);
  EXPECT_EQ(e.strata, 3);
  EXPECT_TRUE(e.small_sample);
  // Answers from outside the area do not count; an area without answers has no value.
  EXPECT_DOUBLE_EQ(AreaEstimate({{1, {60, 80}}, {9, {0, 0}}}, {{1, 3000}}, 1).value, 70.0);
  EXPECT_FALSE(AreaEstimate({{9, {50}}}, {{1, 3000}}, 1).has_value);
}

}  // namespace
}  // namespace sanwang::governance
