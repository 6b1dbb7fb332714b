#include "cases/rating.h"

#include "core/text.h"

namespace sanwang::cases {

int StarsForSatisfied(bool satisfied) { return satisfied ? kMaxStars : kMinStars; }

Result<Rating> DecideRating(const RatingInput& input, const Workflow& workflow) {
  if (input.stars && input.satisfied) {
    return InvalidArgument("请只给星级或满意与否之一 give stars or satisfied, not both", "stars");
  }
  if (!input.stars && !input.satisfied) {
    return InvalidArgument("请选择 1–5 星 choose from 1 to 5 stars", "stars");
  }
  const int stars = input.stars ? *input.stars : StarsForSatisfied(*input.satisfied);
  if (stars < kMinStars || stars > kMaxStars) {
    return InvalidArgument("星级须为 1–5 stars must be from 1 to 5", "stars");
  }
  if (Utf8Length(input.comment) > kMaxRatingCommentChars) {
    return InvalidArgument("评价留言不能超过 " + std::to_string(kMaxRatingCommentChars) +
                               " 字 the comment must not be longer than " +
                               std::to_string(kMaxRatingCommentChars) + " characters",
                           "comment");
  }
  SW_RETURN_IF_ERROR(CheckUserText(input.comment, "comment", kMaxRatingCommentChars, false));
  return Rating{stars, stars >= workflow.satisfied_min_stars(), std::string(TrimAscii(input.comment))};
}

}  // namespace sanwang::cases
