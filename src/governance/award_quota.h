// Awards within quotas (评奖名额): the committee's proposal from the normalised ranking
// (score_normalization.h), for tiers such as 3 first prizes, 5 second, 10 third and any
// number of honourable mentions.
//
// The proposal fills the tiers from the top: each tier takes the best entries not yet
// placed, up to its quota, none below the tier's floor score when it has one (a tier without
// a quota takes every remaining entry at or above its floor; without a floor it proposes
// none — the committee names them). Where a quota's last place falls inside a group of
// entries with the same score, the proposal stops there and shows the committee the tie:
// the tier, how many places are left and which entries share them. It never breaks a tie
// silently. The committee's decisions (an entry placed in a tier) come first in their tier
// and are never moved, so a tie is resolved by deciding it and proposing again.
//
// CheckAwards refuses a final award list that gives a tier more entries than its quota.
// Pure functions; thread-safe.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "store/records.h"

namespace sanwang::governance {

struct AwardTier {
  std::string code;                              // "first", "second", "third", "mention"
  std::string name;                              // "一等奖"
  std::optional<int> quota;                      // none: any number
  std::optional<std::int64_t> floor_hundredths;  // none: no minimum score
};

struct ScoredEntry {
  store::Id entry = 0;
  std::int64_t score_hundredths = 0;
};

struct AwardTie {
  std::string tier;
  int places = 0;                  // how many of `entries` the tier can still take
  std::vector<store::Id> entries;  // the entries sharing the score at the boundary
  std::int64_t score_hundredths = 0;
};

struct AwardProposal {
  std::map<store::Id, std::string> tier_of;  // placed entries → tier code
  std::optional<AwardTie> tie;               // the first tie to decide; nothing below it is placed
};

// `ranked` best first; `decided` the committee's placements (entry → tier code).
// InvalidArgument for a decision naming an unknown entry or tier, or more decisions in a
// tier than its quota.
Result<AwardProposal> ProposeAwards(const std::vector<ScoredEntry>& ranked,
                                    const std::vector<AwardTier>& tiers,
                                    const std::map<store::Id, std::string>& decided);

// OK when no tier holds more entries than its quota and every tier code is known.
Status CheckAwards(const std::map<store::Id, std::string>& awards, const std::vector<AwardTier>& tiers);

}  // namespace sanwang::governance
