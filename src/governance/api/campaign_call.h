// Campaigns as the caller of a route runs them: the call's database, org snapshot and
// actor, and the server's clock.
#pragma once

#include "api/api.h"
#include "governance/campaign_desk.h"

namespace sanwang::api {

inline governance::CampaignDesk CampaignDeskOf(const Call& call) {
  return governance::CampaignDesk{call.db, call.domain->org, call.actor(), call.api.clock()};
}

}  // namespace sanwang::api
