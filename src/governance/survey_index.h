// Indices from residents' surveys (民意测评指数: 宜居度, 环境满意度, 幸福感, 获得感), as
// numbers with their uncertainty. An index is data: the questions it reads (each answered
// on a scale such as Likert 1–5) and their weights. A respondent's score is the weighted
// mean of the questions they answered, each put on 0–100 ((v − lowest) / (highest −
// lowest) × 100); a respondent who answered none of them has no score.
//
// A community's index is the mean of its respondents' scores, with the 95% interval mean ±
// t(0.975, n − 1) × s / √n (s the sample standard deviation; Student's t because a
// community's sample is often small). An area above communities (a sub-district, the
// district) is post-stratified on the communities' populations, so that a community that
// answered eagerly does not outweigh a larger one: Σ W_h ȳ_h with W_h = N_h / Σ N over the
// communities that have answers, variance Σ W_h² s_h² / n_h, interval ± t(0.975, n − H) ×
// √variance (H the communities with answers). A community without answers is left out and
// its share goes to the others — the estimate says how many of the area's communities it
// rests on. Intervals are cut to 0–100, the index's own range. A sample below the index's
// minimum is flagged, never hidden. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "store/records.h"

namespace sanwang::governance {

struct IndexQuestion {
  std::string code;
  double weight = 1;
  int lowest = 1;  // the scale's ends: Likert 1–5 by default
  int highest = 5;
};

struct IndexDefinition {
  std::string code;  // "livability"
  std::string name;  // 宜居度
  std::vector<IndexQuestion> questions;
  int min_sample = 30;  // below this many respondents an estimate is flagged
};

// 0–100, or none when no question of the index was answered (answers outside a question's
// scale are ignored).
std::optional<double> RespondentScore(const IndexDefinition& index,
                                      const std::map<std::string, int>& answers);

struct IndexEstimate {
  bool has_value = false;  // false without a single scored respondent
  double value = 0;        // 0–100
  double ci_low = 0;       // the 95% interval, cut to 0–100; equal to value for one respondent
  double ci_high = 0;
  int sample = 0;  // respondents with a score
  int strata_answered = 0;
  int strata = 0;  // communities in the area (1 for a community)
  bool small_sample = false;
};

// Student's t quantile for a two-sided 95% interval with `df` degrees of freedom (df ≥ 1):
// the table's values to 30, then interpolated in 1/df towards 1.96.
double StudentT975(int df);

IndexEstimate CommunityEstimate(const std::vector<double>& scores, int min_sample);

struct Stratum {
  store::Id community = 0;
  std::int64_t population = 0;  // residents (or households) the org tree holds for it
};

// `scores` by community; `strata` the area's communities with their populations (a
// community of population 0 counts as 1 so that it is not dropped silently).
IndexEstimate AreaEstimate(const std::map<store::Id, std::vector<double>>& scores,
                           const std::vector<Stratum>& strata, int min_sample);

}  // namespace sanwang::governance
