// What a campaign (征文 and the like) is when an organizer sets it up: the call (title,
// theme, rules text, the issuing body printed on certificates), the submission window, the
// kinds of file an entry may be and their largest size, how many reviews each entry gets,
// the rubric the reviewers score on (campaign_rubric.h) and the award tiers with their
// quotas (award_quota.h). A campaign moves open → reviewing → deciding → published
// (campaign_desk.h says what each allows). The rubric and the tiers are kept as JSON in
// the campaign's row; these functions write and read that JSON. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/time.h"
#include "governance/award_quota.h"
#include "governance/campaign_rubric.h"

namespace sanwang::governance {

// The states of a campaign, in order.
inline constexpr const char* kCampaignOpen = "open";            // taking entries in its window
inline constexpr const char* kCampaignReviewing = "reviewing";  // reviews assigned and being written
inline constexpr const char* kCampaignDeciding = "deciding";    // discussion; the committee decides
inline constexpr const char* kCampaignPublished = "published";  // the results are out

// The kinds of file an entry may be (a campaign accepts some of them).
inline constexpr const char* kEntryDocx = "docx";
inline constexpr const char* kEntryPdf = "pdf";
inline constexpr const char* kEntryText = "txt";
inline constexpr const char* kEntryImage = "image";  // a JPEG, PNG or WebP photo of the work
const std::vector<std::string>& EntryKinds();
// "征集中 Open", "评审中 In review", "讨论评定中 Deciding", "已公布 Published".
std::string CampaignStateLabel(const std::string& state);

// The largest file size an organizer may allow, and the most reviews per entry.
// The server takes uploads of at most 10 MiB by default (max_upload_bytes).
inline constexpr std::int64_t kMaxEntryBytesAllowed = std::int64_t{10} << 20;  // 10 MiB
inline constexpr std::int64_t kMaxReviewsPerEntry = 9;

struct CampaignTerms {
  std::string title;   // "我与政协"征文活动
  std::string theme;   // 我与政协
  std::string rules;   // the call's text: who may enter, length, format, deadline
  std::string issuer;  // 区政协办公室
  UnixSeconds opens_at = 0;
  UnixSeconds closes_at = 0;         // entries are taken while opens_at <= now < closes_at
  std::vector<std::string> formats;  // some of EntryKinds()
  std::int64_t max_bytes = 0;
  int reviews_per_entry = 3;
  Rubric rubric;
  std::vector<AwardTier> tiers;  // best first
  bool demo = false;             // made by `sanwang demo`, and labelled so
};

// Names the field of the first bad value: title, theme, rules, issuer, closes_at (not after
// opens_at), formats, max_bytes, reviews_per_entry, rubric, tiers (none, a code twice, a
// bad code or name, a quota below 1, a floor outside the rubric's scale).
Status CheckCampaignTerms(const CampaignTerms& terms);

std::string RubricJson(const Rubric& rubric);
Result<Rubric> ParseRubricJson(const std::string& text);
std::string TiersJson(const std::vector<AwardTier>& tiers);
Result<std::vector<AwardTier>> ParseTiersJson(const std::string& text);
// "docx,pdf" ↔ {"docx", "pdf"}.
std::string FormatsText(const std::vector<std::string>& formats);
std::vector<std::string> ParseFormatsText(const std::string& text);

}  // namespace sanwang::governance
