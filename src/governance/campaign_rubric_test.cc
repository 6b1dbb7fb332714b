#include "governance/campaign_rubric.h"

#include <gtest/gtest.h>

namespace sanwang::governance {
namespace {

Rubric Essay() {
  return {{"content", "思想内容", 40},
          {"language", "文字表达", 30},
          {"originality", "创新特色", 20},
          {"form", "规范完整", 10}};
}

TEST(CampaignRubricTest, AReviewTotalsItsCriteriaOnTheRubricsScale) {
  ASSERT_TRUE(CheckRubric(Essay()).ok());
  EXPECT_EQ(RubricScale(Essay()), 100);
  auto total = ReviewTotal(Essay(), {{"content", 36}, {"language", 25}, {"originality", 15}, {"form", 10}});
  ASSERT_TRUE(total.ok()) << total.status().ToString();
  EXPECT_EQ(*total, 86);
  EXPECT_EQ(*ReviewTotal(Essay(), {{"content", 0}, {"language", 0}, {"originality", 0}, {"form", 0}}), 0);
}

TEST(CampaignRubricTest, MissingUnknownAndOutOfRangeScoresAreRefused) {
  for (const auto& scores : std::vector<std::map<std::string, int>>{
           {{"content", 36}, {"language", 25}, {"originality", 15}},                // form missing
           {{"content", 41}, {"language", 25}, {"originality", 15}, {"form", 10}},  // above its most
           {{"content", -1}, {"language", 25}, {"originality", 15}, {"form", 10}},  // below 0
           {{"content", 36}, {"language", 25}, {"originality", 15}, {"form", 10}, {"x", 1}},  // unknown
       }) {
    auto total = ReviewTotal(Essay(), scores);
    ASSERT_FALSE(total.ok());
    EXPECT_EQ(total.status().field(), "scores");
  }
}

TEST(CampaignRubricTest, BadRubricsAreRefused) {
  EXPECT_EQ(CheckRubric({}).field(), "rubric");
  EXPECT_FALSE(CheckRubric({{"content", "思想内容", 40}, {"content", "重复", 10}}).ok());
  EXPECT_FALSE(CheckRubric({{"Content", "思想内容", 40}}).ok());
  EXPECT_FALSE(CheckRubric({{"content", "", 40}}).ok());
  EXPECT_FALSE(CheckRubric({{"content", "思想内容", 0}}).ok());
  EXPECT_FALSE(CheckRubric({{"content", "思想内容", 101}}).ok());
  Rubric wide;
  for (int i = 0; i < 11; ++i) wide.push_back({"c" + std::to_string(i), "项目", 100});
  EXPECT_FALSE(CheckRubric(wide).ok());  // 1100 in all
}

TEST(CampaignRubricTest, ABlindReviewMayNotNameTheAuthor) {
  EXPECT_TRUE(CheckBlindText("立意深刻，语言生动。", {"王建国"}, "comment").ok());
  auto named = CheckBlindText("一看就是王建国的文风，建议一等奖。", {"王建国"}, "comment");
  EXPECT_EQ(named.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(named.field(), "comment");
  // A one-character name would match ordinary words, so it is not looked for.
  EXPECT_TRUE(CheckBlindText("文章王道", {"王"}, "comment").ok());
}

}  // namespace
}  // namespace sanwang::governance
