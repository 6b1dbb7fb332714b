// Keeps campaigns (camp_campaigns, camp_reviewers, camp_entries, camp_reviews,
// camp_awards). An entry is listed without its file's bytes and read with them one at a
// time. Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "governance/store/campaign_records.h"
#include "store/database.h"

namespace sanwang::store {

class CampaignRepository {
 public:
  explicit CampaignRepository(Database& db) : db_(db) {}

  // AlreadyExists when the district has a campaign of that title.
  Result<CampaignRecord> InsertCampaign(CampaignRecord campaign);
  Result<CampaignRecord> GetCampaign(Id id);
  // Newest first.
  Result<std::vector<CampaignRecord>> Campaigns(const std::string& district_code);
  // Conflict when the campaign is no longer in `from` (someone moved it first).
  Status MoveCampaign(Id id, const std::string& from, const std::string& to);

  // Adds the reviewer or replaces the people they declared.
  Status PutReviewer(const CampaignReviewerRecord& reviewer);
  Result<std::vector<CampaignReviewerRecord>> Reviewers(Id campaign_id);

  Result<CampaignEntryRecord> InsertEntry(CampaignEntryRecord entry);
  // With the file's bytes.
  Result<CampaignEntryRecord> GetEntry(Id id);
  // In id order, without the bytes.
  Result<std::vector<CampaignEntryRecord>> Entries(Id campaign_id);
  // How many entries the account sent to the campaign.
  Result<std::int64_t> CountEntriesBy(Id campaign_id, Id author_user_id);

  // Replaces the campaign's assignments by these (entry, reviewer) pairs, each an empty review.
  Status ReplaceAssignments(Id campaign_id, const std::vector<std::pair<Id, Id>>& pairs);
  // Every review row of the campaign (assigned and submitted), by entry then reviewer.
  Result<std::vector<CampaignReviewRecord>> Reviews(Id campaign_id);
  // The review rows of one entry, by reviewer.
  Result<std::vector<CampaignReviewRecord>> ReviewsOfEntry(Id entry_id);
  // Fills the assigned review of (entry, reviewer); NotFound when it was not assigned.
  Status SubmitReview(const CampaignReviewRecord& review);

  // Replaces the campaign's awards.
  Status ReplaceAwards(Id campaign_id, const std::vector<CampaignAwardRecord>& awards);
  Result<std::vector<CampaignAwardRecord>> Awards(Id campaign_id);

 private:
  Database& db_;
};

}  // namespace sanwang::store
