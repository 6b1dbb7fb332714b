// The one list of the server's route groups. A module with routes adds one line here,
// naming the function of its own routes file (declared in api.h, or beside the line).
#include "api/api.h"

namespace sanwang::api {

void AddMapBaseRoutes(Api& api);
void AddTwoFactorRoutes(Api& api);    // two_factor_routes.cc
void AddOpenNearbyRoutes(Api& api);   // open_nearby_routes.cc
void AddVenueRoutes(Api& api);        // support/api/venue_routes.cc
void AddVenuePhotoRoutes(Api& api);   // support/api/venue_photo_routes.cc
void AddBookingRoutes(Api& api);      // support/api/booking_routes.cc
void AddBudgetRoutes(Api& api);       // support/api/budget_routes.cc
void AddRosterRoutes(Api& api);       // support/api/roster_routes.cc
void AddPartyMemberRoutes(Api& api);  // support/api/party_member_routes.cc
void AddActivityRoutes(Api& api);     // support/api/activity_routes.cc
void AddCalendarRoutes(Api& api);     // support/api/calendar_routes.cc
void AddLedgerRoutes(Api& api);       // governance/api/ledger_routes.cc
void AddOrgBodyRoutes(Api& api);      // bodies/api/body_routes.cc
void AddAssessmentRoutes(Api& api);   // governance/api/assessment_routes.cc
void AddInformationRoutes(Api& api);  // governance/api/information_routes.cc
void AddCampaignRoutes(Api& api);     // governance/api/campaign_routes.cc
void AddSurveyRoutes(Api& api);       // governance/api/survey_routes.cc
void AddNoticeRoutes(Api& api);       // notify/api/notice_routes.cc
void AddAreaFeedRoutes(Api& api);     // notify/api/area_feed_routes.cc
void AddDeliveryRoutes(Api& api);     // notify/api/delivery_routes.cc
void AddAreaFollowRoutes(Api& api);   // notify/api/area_follow_routes.cc
void AddCaseWatchRoutes(Api& api);    // notify/api/case_watch_routes.cc

const std::vector<RouteModule>& RouteModules() {
  static const std::vector<RouteModule> kModules = {
      {"system", AddSystemRoutes, "system"},
      {"auth", AddAuthRoutes, "auth"},
      {"two-factor", AddTwoFactorRoutes, "auth"},
      {"registration", AddRegistrationRoutes, "registration"},
      {"org", AddOrgRoutes, "org"},
      {"org-bodies", AddOrgBodyRoutes, "org"},
      {"workbench", AddWorkbenchRoutes, "cases"},     // before cases: /cases/tab-counts is not /cases/{id}
      {"open-nearby", AddOpenNearbyRoutes, "cases"},  // before cases: /cases/open-nearby is not /cases/{id}
      {"cases", AddCaseRoutes, "cases"},
      {"admin", AddAdminRoutes, "admin"},
      {"open311", AddOpen311Routes, "open311"},
      {"photos", AddPhotoRoutes, "cases"},
      {"classify", AddClassifyRoutes, "catalog"},
      {"dashboard", AddDashboardRoutes, "figures"},
      {"map", AddMapRoutes, "map"},
      {"catalog-admin", AddCatalogAdminRoutes, "catalog"},
      {"circles", AddCirclesRoutes, "circles"},
      {"map-base", AddMapBaseRoutes, "map"},  // circles/api/map_base_routes.cc
      {"venues", AddVenueRoutes, "support"},
      {"venue-photos", AddVenuePhotoRoutes, "support"},
      {"bookings", AddBookingRoutes, "support"},
      {"budget", AddBudgetRoutes, "support"},
      {"roster", AddRosterRoutes, "support"},
      {"party-members", AddPartyMemberRoutes, "support"},
      {"activities", AddActivityRoutes, "support"},
      {"calendar", AddCalendarRoutes, "support"},
      {"ledger", AddLedgerRoutes, "governance"},
      {"assessment", AddAssessmentRoutes, "governance"},
      {"information", AddInformationRoutes, "governance"},
      {"campaigns", AddCampaignRoutes, "governance"},
      {"surveys", AddSurveyRoutes, "governance"},
      {"notices", AddNoticeRoutes, "notify"},
      {"area-feeds", AddAreaFeedRoutes, "notify"},
      {"delivery", AddDeliveryRoutes, "notify"},
      {"area-follows", AddAreaFollowRoutes, "notify"},
      {"case-watches", AddCaseWatchRoutes, "notify"},
  };
  return kModules;
}

}  // namespace sanwang::api
