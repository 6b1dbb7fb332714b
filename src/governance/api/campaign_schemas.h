// The OpenAPI shapes of campaigns' routes (docs/architecture.md §8), as campaign_json.cc
// renders and reads them.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json CampaignSchema();
nlohmann::json CampaignListSchema();
nlohmann::json CampaignEntrySchema();
nlohmann::json CampaignEntryListSchema();
nlohmann::json CampaignReviewersSchema();
nlohmann::json BlindEntryListSchema();
nlohmann::json BlindEntryFileSchema();
nlohmann::json BlindEntrySchema();
nlohmann::json AssignmentSchema();
nlohmann::json StandingsSchema();
nlohmann::json ResultsSchema();

nlohmann::json NewCampaignSchema();
nlohmann::json NominationsSchema();
nlohmann::json ReviewSchema();
nlohmann::json AwardsSchema();

}  // namespace sanwang::api
