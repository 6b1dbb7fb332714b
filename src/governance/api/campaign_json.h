// Campaigns' JSON: a campaign with its terms and what the caller may do, entries (with
// their authors, for organizers and authors), blind entries for reviewers, the standings
// and proposal, the results, and the bodies the routes take. The shapes are
// campaign_schemas.cc's.
#pragma once

#include <map>
#include <nlohmann/json.hpp>

#include "governance/campaign_awards.h"
#include "governance/campaign_desk.h"
#include "governance/campaign_review.h"

namespace sanwang::api {

nlohmann::json CampaignJson(const governance::Campaign& campaign,
                            const governance::CampaignAbilities& abilities);
nlohmann::json CampaignEntryJson(const governance::CampaignDesk& desk,
                                 const store::CampaignEntryRecord& entry);
nlohmann::json BlindEntryJson(const governance::BlindEntry& entry);
nlohmann::json BlindFileJson(const governance::BlindFile& file);
nlohmann::json ReviewersJson(const governance::CampaignDesk& desk,
                             const std::vector<store::CampaignReviewerRecord>& reviewers,
                             const std::vector<store::UserRecord>& candidates);
nlohmann::json StandingsJson(const governance::CampaignDesk& desk,
                             const governance::CampaignStandings& standings);
nlohmann::json ResultsJson(const governance::Campaign& campaign,
                           const std::vector<governance::AwardedEntry>& results);

Result<governance::CampaignTerms> CampaignTermsFromJson(const std::string& body);
Result<std::vector<governance::ReviewerNomination>> NominationsFromJson(const std::string& body);
struct ReviewBody {
  std::map<std::string, int> scores;
  std::string comment;
};
Result<ReviewBody> ReviewFromJson(const std::string& body);
Result<std::map<store::Id, std::string>> AwardsFromJson(const std::string& body);

}  // namespace sanwang::api
