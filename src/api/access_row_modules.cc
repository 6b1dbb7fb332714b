// The one list of modules' access rows: a module with routes adds one line here.
#include "api/access_matrix.h"

namespace sanwang::api {

void AddMapBaseAccessRows(ApiTest& test, AccessRows& rows);      // circles/api/map_base_access_rows.cc
void AddOpenNearbyAccessRows(ApiTest& test, AccessRows& rows);   // open_nearby_api_test.cc
void AddVenueAccessRows(ApiTest& test, AccessRows& rows);        // support/api/venue_access_rows.cc
void AddVenuePhotoAccessRows(ApiTest& test, AccessRows& rows);   // support/api/venue_photo_access_rows.cc
void AddBudgetAccessRows(ApiTest& test, AccessRows& rows);       // support/api/budget_access_rows.cc
void AddRosterAccessRows(ApiTest& test, AccessRows& rows);       // support/api/roster_access_rows.cc
void AddActivityAccessRows(ApiTest& test, AccessRows& rows);     // support/api/activity_access_rows.cc
void AddCalendarAccessRows(ApiTest& test, AccessRows& rows);     // support/api/calendar_access_rows.cc
void AddLedgerAccessRows(ApiTest& test, AccessRows& rows);       // governance/api/ledger_access_rows.cc
void AddAssessmentAccessRows(ApiTest& test, AccessRows& rows);   // governance/api/assessment_access_rows.cc
void AddInformationAccessRows(ApiTest& test, AccessRows& rows);  // governance/api/information_access_rows.cc
void AddCampaignAccessRows(ApiTest& test, AccessRows& rows);     // governance/api/campaign_access_rows.cc
void AddSurveyAccessRows(ApiTest& test, AccessRows& rows);       // governance/api/survey_access_rows.cc
void AddOrgBodyAccessRows(ApiTest& test, AccessRows& rows);      // bodies/api/body_access_rows.cc
void AddTwoFactorAccessRows(ApiTest& test, AccessRows& rows);    // two_factor_access_rows.cc
void AddNoticeAccessRows(ApiTest& test, AccessRows& rows);       // notify/api/notice_access_rows.cc
void AddDeliveryAccessRows(ApiTest& test, AccessRows& rows);     // notify/api/delivery_access_rows.cc
void AddAreaFollowAccessRows(ApiTest& test, AccessRows& rows);   // notify/api/area_follow_access_rows.cc
void AddCaseWatchAccessRows(ApiTest& test, AccessRows& rows);    // notify/api/case_watch_access_rows.cc

const std::vector<AccessRowModule>& AccessRowModules() {
  static const std::vector<AccessRowModule> kModules = {
      {"circles", AddCirclesAccessRows},        {"registration", AddRegistrationAccessRows},
      {"map-base", AddMapBaseAccessRows},       {"open-nearby", AddOpenNearbyAccessRows},
      {"venues", AddVenueAccessRows},           {"budget", AddBudgetAccessRows},
      {"roster", AddRosterAccessRows},          {"activities", AddActivityAccessRows},
      {"calendar", AddCalendarAccessRows},      {"ledger", AddLedgerAccessRows},
      {"assessment", AddAssessmentAccessRows},  {"org-bodies", AddOrgBodyAccessRows},
      {"two-factor", AddTwoFactorAccessRows},   {"information", AddInformationAccessRows},
      {"campaigns", AddCampaignAccessRows},     {"surveys", AddSurveyAccessRows},
      {"notices", AddNoticeAccessRows},         {"venue-photos", AddVenuePhotoAccessRows},
      {"delivery", AddDeliveryAccessRows},      {"area-follows", AddAreaFollowAccessRows},
      {"case-watches", AddCaseWatchAccessRows},
  };
  return kModules;
}

}  // namespace sanwang::api
