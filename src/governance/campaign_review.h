// Campaigns, part two: blind review (评审). After the window closes an organizer assigns the
// reviews (review_assignment.h: N reviewers per entry, no conflict ever, the load balanced)
// and the campaign moves to reviewing. A reviewer sees the entries assigned to them by
// number and title, with their text or file — never the author's name, unit or file name —
// and scores each on the rubric with a comment that may not name the author
// (campaign_rubric.h). An organizer then opens the discussion (deciding): each reviewer of
// an entry sees the other reviews of it, unsigned, and may revise their own, while the
// committee decides the awards (campaign_awards.h). A reviewer who declared a conflict with
// an entry's author is never assigned it and is refused if they ask for it.
//
// Same rules of checking and writing as campaign_desk.h.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "governance/campaign_desk.h"
#include "governance/review_assignment.h"

namespace sanwang::governance {

// Another reviewer's review of the same entry as the discussion shows it: unsigned.
struct PeerReview {
  std::string label;  // 评审甲, 评审乙, …: the same reviewer keeps their label on one entry
  std::map<std::string, int> scores;
  int total = 0;
  std::string comment;
};

// An entry as its reviewer sees it: nothing of its author.
struct BlindEntry {
  store::Id entry_id = 0;
  std::string title;
  std::string content_type;
  std::int64_t size_bytes = 0;
  std::optional<store::CampaignReviewRecord> mine;  // submitted_at empty until scored
  std::vector<PeerReview> others;                   // in the discussion only
};

// Assigns every entry its reviewers and moves the campaign from open to reviewing: refused
// before the window has closed, without entries or reviewers, or when the conflicts leave
// an entry too few reviewers (the error names it).
Result<ReviewAssignment> AssignCampaignReviews(const CampaignDesk& desk, store::Id campaign_id);

// The caller's assigned entries, blind.
Result<std::vector<BlindEntry>> ReviewQueue(const CampaignDesk& desk, store::Id campaign_id);
// One assigned entry, blind, with its bytes in `data` for the caller to read; PermissionDenied
// for an entry the caller declared a conflict with or was not assigned.
struct BlindFile {
  BlindEntry entry;
  std::string text;  // a text or Word entry's words (the file's metadata left behind)
  std::string data;  // a PDF's or photo's bytes
};
Result<BlindFile> ReadBlindEntry(const CampaignDesk& desk, store::Id entry_id);

// Scores an assigned entry (or revises the score in the discussion).
Result<store::CampaignReviewRecord> ReviewEntry(const CampaignDesk& desk, store::Id entry_id,
                                                const std::map<std::string, int>& scores,
                                                const std::string& comment);

// reviewing → deciding: the discussion opens and the committee may decide. Reviews not yet
// written are counted in the standings (campaign_awards.h), not waited for.
Status OpenDiscussion(const CampaignDesk& desk, store::Id campaign_id);

}  // namespace sanwang::governance
