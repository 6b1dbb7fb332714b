// Per-reviewer score normalisation for blind review (评分标准化): a harsh reviewer must not
// sink an entry, nor a lenient one lift it, only because of who drew it.
//
// Each reviewer's totals are turned into z-scores against that reviewer's own mean and
// standard deviation (population, over all the entries they scored): z = (s − mean) / sd. A
// reviewer who scored fewer than two entries, or gave every entry the same total, says
// nothing about the entries relative to each other: their z-scores are 0 (the entry is as
// good as that reviewer's average). An entry's z is the mean of its reviews' z-scores, and
// its normalised score puts that back on the rubric's scale with the mean and standard
// deviation of all reviews: grand mean + grand sd × z, rounded to hundredths. Entries are
// ranked by that rounded number, which is the one the committee sees, so entries the
// committee cannot tell apart are tied (never split by a hidden decimal).
//
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <map>
#include <vector>

#include "store/records.h"

namespace sanwang::governance {

struct ReviewScore {
  store::Id reviewer = 0;
  store::Id entry = 0;
  double total = 0;  // the rubric's weighted total, e.g. 0..100
};

struct NormalisedEntry {
  store::Id entry = 0;
  double raw_mean = 0;                // the plain mean of its totals
  double z = 0;                       // the mean of its reviews' z-scores
  std::int64_t score_hundredths = 0;  // grand mean + grand sd × z, in hundredths
  int reviews = 0;
};

// Every entry with a review, best first (score, then entry id); equal scores are a tie.
std::vector<NormalisedEntry> NormaliseScores(const std::vector<ReviewScore>& reviews);

}  // namespace sanwang::governance
