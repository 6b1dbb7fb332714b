// Campaigns, part three: the committee's decision and the results (评奖与公布). In the
// discussion an organizer sees the standings — every entry with its author, its reviews,
// its plain and normalised score (score_normalization.h) — and the proposal within the
// tiers' quotas (award_quota.h), which stops at a tie across a quota and shows it. The
// committee fixes the awards (the proposal as it is, or with its own decisions: a tie is
// resolved by deciding it); a list that gives a tier more than its quota is refused.
// Publishing moves the campaign to published; the results are then readable by everyone
// who reads campaigns, and the certificates and the anthology can be printed
// (campaign_prints.h).
//
// Same rules of checking and writing as campaign_desk.h.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "governance/award_quota.h"
#include "governance/campaign_desk.h"
#include "governance/score_normalization.h"

namespace sanwang::governance {

struct EntryStanding {
  store::CampaignEntryRecord entry;  // without its bytes
  NormalisedEntry score;             // reviews 0 and scores 0 when none was written
  int reviews_assigned = 0;
  std::string awarded;  // the tier decided, if any
};

struct CampaignStandings {
  std::vector<EntryStanding> entries;  // best first; unreviewed entries last
  AwardProposal proposal;              // with the committee's decisions kept
  int reviews_missing = 0;             // assigned and not yet written
};

// For organizers, once the reviews are assigned.
Result<CampaignStandings> StandingsOf(const CampaignDesk& desk, store::Id campaign_id);

// Replaces the awards (entry → tier code) in the discussion; InvalidArgument naming
// "awards" for an entry of another campaign, an unknown tier or a tier over its quota.
Status DecideAwards(const CampaignDesk& desk, store::Id campaign_id,
                    const std::map<store::Id, std::string>& awards);

// deciding → published; refused without a single award.
Status PublishCampaign(const CampaignDesk& desk, store::Id campaign_id);

// One award as the results list it.
struct AwardedEntry {
  store::Id entry_id = 0;
  std::string tier_code;
  std::string tier_name;
  std::string title;
  std::string author_name;
  std::string unit_name;  // the author's unit, empty for a resident without one
};

// The published awards, by tier then score; FailedPrecondition before publication.
Result<std::vector<AwardedEntry>> CampaignResults(const CampaignDesk& desk, store::Id campaign_id);

}  // namespace sanwang::governance
