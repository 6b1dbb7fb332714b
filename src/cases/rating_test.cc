#include "cases/rating.h"

#include <gtest/gtest.h>

namespace sanwang::cases {
namespace {

Workflow WithThreshold(const std::string& ratings) {
  auto w = Workflow::Parse("name = \"w\"\ninitial = \"a\"\n" + ratings + "[[state]]\nname = \"a\"\n");
  EXPECT_TRUE(w.ok()) << w.status().ToString();
  return *w;
}

TEST(RatingTest, StarsAtOrAboveTheThresholdAreSatisfied) {
  Workflow w = WithThreshold("");  // the default threshold: 4
  EXPECT_EQ(w.satisfied_min_stars(), 4);
  EXPECT_FALSE(DecideRating({3, std::nullopt, ""}, w)->satisfied);
  EXPECT_TRUE(DecideRating({4, std::nullopt, ""}, w)->satisfied);
  EXPECT_TRUE(DecideRating({5, std::nullopt, ""}, w)->satisfied);
  Workflow strict = WithThreshold("[ratings]\nsatisfied_min_stars = 5\n");
  EXPECT_FALSE(DecideRating({4, std::nullopt, ""}, strict)->satisfied);
}

TEST(RatingTest, SatisfiedYesOrNoStandsForFiveOrOneStar) {
  Workflow w = WithThreshold("");
  auto yes = DecideRating({std::nullopt, true, ""}, w);
  auto no = DecideRating({std::nullopt, false, ""}, w);
  EXPECT_EQ(yes->stars, 5);
  EXPECT_TRUE(yes->satisfied);
  EXPECT_EQ(no->stars, 1);
  EXPECT_FALSE(no->satisfied);
}

TEST(RatingTest, MissingDoubledOrOutOfRangeAnswersAreRefused) {
  Workflow w = WithThreshold("");
  for (const RatingInput& bad :
       {RatingInput{std::nullopt, std::nullopt, ""}, RatingInput{0, std::nullopt, ""},
        RatingInput{6, std::nullopt, ""}, RatingInput{5, true, ""}}) {
    auto r = DecideRating(bad, w);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), ErrorCode::kInvalidArgument);
    EXPECT_EQ(r.status().field(), "stars");
  }
}

TEST(RatingTest, TheCommentIsTrimmedAndLimited) {
  Workflow w = WithThreshold("");
  EXPECT_EQ(DecideRating({5, std::nullopt, "  很及时 "}, w)->comment, "很及时");
  std::string longest;
  for (std::size_t i = 0; i < kMaxRatingCommentChars; ++i) longest += "好";
  EXPECT_TRUE(DecideRating({5, std::nullopt, longest}, w).ok());
  auto too_long = DecideRating({5, std::nullopt, longest + "好"}, w);
  ASSERT_FALSE(too_long.ok());
  EXPECT_EQ(too_long.status().field(), "comment");
  EXPECT_NE(too_long.status().message().find("评价留言"), std::string::npos);
}

TEST(RatingTest, TheThresholdMustBeAStarCount) {
  for (const char* bad : {"[ratings]\nsatisfied_min_stars = 0\n", "[ratings]\nsatisfied_min_stars = 6\n",
                          "urge_interval_hours = -1\n"}) {
    EXPECT_FALSE(
        Workflow::Parse(std::string("name = \"w\"\ninitial = \"a\"\n") + bad + "[[state]]\nname = \"a\"\n")
            .ok())
        << bad;
  }
}

}  // namespace
}  // namespace sanwang::cases
