// The rubric reviewers score campaign entries on (评分细则), and what a blind review may say.
//
// A rubric is a list of criteria, each with a most it can be given (e.g. 思想内容 40, 文字表达
// 30, 创新特色 20, 规范完整 10). A reviewer gives each criterion a whole number from 0 to its
// most; the review's total is their sum, on the rubric's full scale (100 for the example).
// Every criterion must be scored, none twice, none unknown.
//
// Blind review keeps the author out of it both ways: reviewers see no author data, and a
// review's comment that names the author (their name as the entry gave it, at least two
// characters) is refused, so that a reviewer who recognised an entry cannot pass that on
// to the discussion. Pure functions; thread-safe.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/status.h"

namespace sanwang::governance {

struct RubricCriterion {
  std::string code;  // "content"
  std::string name;  // "思想内容"
  int most = 0;      // 1..100
};

using Rubric = std::vector<RubricCriterion>;

// Codes are IsWordCode, names 1..30 characters, each most 1..100, at least one criterion,
// no code twice, the mosts adding up to at most 1000. Errors name "rubric".
Status CheckRubric(const Rubric& rubric);
// The most a review can total.
int RubricScale(const Rubric& rubric);

// The total of one review's scores (criterion code → points); InvalidArgument naming
// "scores" for a missing, unknown or out-of-range criterion.
Result<int> ReviewTotal(const Rubric& rubric, const std::map<std::string, int>& scores);

// InvalidArgument naming `field` when `text` contains one of the author names (names
// shorter than two characters are not looked for: they would match ordinary words).
Status CheckBlindText(const std::string& text, const std::vector<std::string>& author_names,
                      const std::string& field);

}  // namespace sanwang::governance
