// The rows of campaigns (征文 and the like, the "governance" migration stream): a campaign
// with its window, formats, rubric and award tiers; its reviewers with the people they
// declared a conflict with; its entries with their files; who reviews which entry; the
// reviews; and the awards. Plain values the campaign repository reads and writes; the
// rules (windows, blind review, assignment, quotas) live in src/governance/, not here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/time.h"
#include "store/records.h"

namespace sanwang::store {

struct CampaignRecord {
  Id id = 0;
  std::string district_code;
  std::string title;  // "我与政协"征文活动
  std::string theme;
  std::string rules;   // the call's text
  std::string issuer;  // the issuing body printed on certificates
  UnixSeconds opens_at = 0;
  UnixSeconds closes_at = 0;  // entries are taken while opens_at <= now < closes_at
  std::string formats;        // accepted kinds, comma-separated: "docx,pdf,txt,image"
  std::int64_t max_bytes = 0;
  std::int64_t reviews_per_entry = 0;
  std::string rubric;  // JSON: [{"code", "name", "most"}]
  std::string tiers;   // JSON: [{"code", "name", "quota", "floor"}]
  std::string state;   // open, reviewing, deciding, published
  std::optional<Id> created_by;
  UnixSeconds created_at = 0;
  bool demo = false;
};

struct CampaignReviewerRecord {
  Id campaign_id = 0;
  Id user_id = 0;
  std::string declared;  // JSON: the accounts the reviewer declared a conflict with
};

struct CampaignEntryRecord {
  Id id = 0;
  Id campaign_id = 0;
  std::string district_code;
  std::string title;
  std::optional<Id> author_user_id;
  std::string author_name;
  std::optional<Id> author_unit_id;
  std::string file_name;
  std::string content_type;
  std::int64_t size_bytes = 0;
  std::string sha256;
  std::string data;  // empty when listed
  UnixSeconds submitted_at = 0;
};

struct CampaignReviewRecord {
  Id entry_id = 0;
  Id reviewer_id = 0;
  std::string scores;  // JSON: criterion code → points
  std::int64_t total = 0;
  std::string comment;
  std::optional<UnixSeconds> submitted_at;  // none: assigned, not yet reviewed
};

struct CampaignAwardRecord {
  Id entry_id = 0;
  std::string tier;
  std::optional<Id> decided_by;
  UnixSeconds decided_at = 0;
};

}  // namespace sanwang::store
