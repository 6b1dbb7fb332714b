// A resident's rating of a resolved matter (评价), and the follow-up visit's (回访): 1 to 5
// stars with an optional comment, as the 12345 hotline apps ask. Whether a rating counts
// as satisfied (满意) comes from the workflow's threshold ([ratings] satisfied_min_stars),
// so the indicators' satisfaction rate and the reopen of an unsatisfied matter follow it.
//
// Older clients (Open311, the first app) send `satisfied: true/false` instead; it stands
// for 5 and 1 stars. Pure functions.
#pragma once

#include <optional>
#include <string>

#include "cases/workflow.h"
#include "core/status.h"

namespace sanwang::cases {

inline constexpr int kMinStars = 1;
inline constexpr int kMaxStars = 5;
inline constexpr std::size_t kMaxRatingCommentChars = 500;

// What a caller sent: stars, or the older yes/no, and a comment.
struct RatingInput {
  std::optional<int> stars;
  std::optional<bool> satisfied;
  std::string comment;
};

struct Rating {
  int stars = 0;
  bool satisfied = false;
  std::string comment;  // trimmed
};

// The stars `satisfied` stands for: 5 for yes, 1 for no.
int StarsForSatisfied(bool satisfied);

// The rating the input gives under `workflow`'s threshold; an input without stars or
// yes/no, with both, with stars out of 1..5 or with an overlong comment is refused.
Result<Rating> DecideRating(const RatingInput& input, const Workflow& workflow);

}  // namespace sanwang::cases
