#include "org/roles.h"

#include <algorithm>
#include <array>

#include "org/survey_roles.h"
#include "org/venue_roles.h"

namespace sanwang::org {
namespace {

constexpr std::array kResidents = {kResident};
constexpr std::array kStaff = {kGridWorker,    kCommunityStaff, kStreetStaff, kDeptStaff,
                               kCommandCenter, kSupervisor,     kLeader,      kAdmin};
constexpr std::array kUnitScoped = {kGridWorker, kCommunityStaff, kStreetStaff, kDeptStaff};
constexpr std::array kDistrictWide = {kCommandCenter, kSupervisor, kLeader, kAdmin, kSystem};
constexpr std::array kHandlers = {kGridWorker, kCommunityStaff, kStreetStaff,
                                  kDeptStaff,  kCommandCenter,  kSupervisor};
constexpr std::array kFigureViewers = {kGridWorker, kCommunityStaff, kStreetStaff, kCommandCenter,
                                       kSupervisor, kLeader,         kAdmin};
constexpr std::array kPlanners = {kLeader, kSupervisor,  kCommandCenter,
                                  kAdmin,  kStreetStaff, kCommunityStaff};
constexpr std::array kAdmins = {kAdmin};
constexpr std::array kAccountReaders = {kAdmin, kSecurityOfficer};
constexpr std::array kCredentialKeepers = {kSecurityOfficer};
constexpr std::array kVenueBookers = {kResident,      kGridWorker, kCommunityStaff, kStreetStaff, kDeptStaff,
                                      kCommandCenter, kSupervisor, kLeader,         kAdmin};
constexpr std::array kVenueManagers = {kCommunityStaff, kStreetStaff, kAdmin};
constexpr std::array kVenueUsageReaders = {kCommunityStaff, kStreetStaff, kCommandCenter,
                                           kSupervisor,     kLeader,      kAdmin};
constexpr std::array kActivityOrganizers = {kCommunityStaff, kStreetStaff, kAdmin};
constexpr std::array kActivityReportReaders = {kCommunityStaff, kStreetStaff, kCommandCenter,
                                               kSupervisor,     kLeader,      kAdmin};
constexpr std::array kAuditReaders = {kAuditor};
constexpr std::array kTwoFactorUsers = {kGridWorker,      kCommunityStaff, kStreetStaff, kDeptStaff,
                                        kCommandCenter,   kSupervisor,     kLeader,      kAdmin,
                                        kSecurityOfficer, kAuditor};
constexpr std::array kBudgetReaders = {kCommunityStaff, kStreetStaff, kDeptStaff, kCommandCenter,
                                       kSupervisor,     kLeader,      kAdmin};
constexpr std::array kBudgetKeepers = {kCommunityStaff, kStreetStaff, kAdmin};
constexpr std::array kRosterReaders = {kCommunityStaff, kStreetStaff, kDeptStaff, kCommandCenter,
                                       kSupervisor,     kLeader,      kAdmin};
constexpr std::array kRosterKeepers = {kCommunityStaff, kStreetStaff, kAdmin};
constexpr std::array kLedgerReaders = {kCommunityStaff, kStreetStaff, kDeptStaff,
                                       kSupervisor,     kLeader,      kAdmin};
constexpr std::array kLedgerPlanners = {kSupervisor, kAdmin};
constexpr std::array kInformationWriters = {kCommunityStaff, kStreetStaff, kDeptStaff};
constexpr std::array kInformationEditors = {kSupervisor};
constexpr std::array kInformationReaders = {kCommunityStaff, kStreetStaff, kDeptStaff, kSupervisor, kLeader};
constexpr std::array kCampaignOrganizers = {kSupervisor};
constexpr std::array kCampaignEntrants = {kResident,    kGridWorker, kCommunityStaff,
                                          kStreetStaff, kDeptStaff,  kCommandCenter,
                                          kSupervisor,  kLeader,     kAdmin};
constexpr std::array kSurveyOrganizers = {kSupervisor};
constexpr std::array kSurveyRespondents = {kResident};
constexpr std::array kSurveyRecorders = {kGridWorker, kCommunityStaff, kStreetStaff};
constexpr std::array kSurveyReaders = {kGridWorker,    kCommunityStaff, kStreetStaff, kDeptStaff,
                                       kCommandCenter, kSupervisor,     kLeader};
constexpr std::array kSurveyUsers = {kResident,  kGridWorker,    kCommunityStaff, kStreetStaff,
                                     kDeptStaff, kCommandCenter, kSupervisor,     kLeader};
constexpr std::array kCampaignReviewers = {kGridWorker,    kCommunityStaff, kStreetStaff, kDeptStaff,
                                           kCommandCenter, kSupervisor,     kLeader};

}  // namespace

const std::vector<std::string_view>& AllRoles() {
  static const std::vector<std::string_view> kRoles = {
      kResident,   kGridWorker, kCommunityStaff, kStreetStaff,     kDeptStaff, kCommandCenter,
      kSupervisor, kLeader,     kAdmin,          kSecurityOfficer, kAuditor};
  return kRoles;
}

bool IsKnownRole(std::string_view role) {
  const auto& roles = AllRoles();
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

std::string_view ScopeKindOf(std::string_view role) {
  if (role == kGridWorker) return "grid";
  if (role == kCommunityStaff) return "community";
  if (role == kStreetStaff) return "street";
  if (role == kDeptStaff) return "department";
  if (role == kCommandCenter) return "command_center";
  if (role == kSupervisor || role == kLeader || role == kAdmin || role == kSecurityOfficer ||
      role == kAuditor) {
    return "district";
  }
  return "";
}

bool InSet(RoleSet set, std::string_view role) {
  return std::find(set.begin(), set.end(), role) != set.end();
}

RoleSet ResidentRoles() { return kResidents; }
RoleSet StaffRoles() { return kStaff; }
RoleSet UnitScopedRoles() { return kUnitScoped; }
RoleSet DistrictWideRoles() { return kDistrictWide; }
RoleSet CaseHandlerRoles() { return kHandlers; }
RoleSet FigureViewerRoles() { return kFigureViewers; }
RoleSet PlannerRoles() { return kPlanners; }
RoleSet AdminRoles() { return kAdmins; }
RoleSet AccountReaderRoles() { return kAccountReaders; }
RoleSet AccountKeeperRoles() { return kAdmins; }
RoleSet CredentialKeeperRoles() { return kCredentialKeepers; }
RoleSet AccountLockerRoles() { return kAccountReaders; }
RoleSet VenueBookerRoles() { return kVenueBookers; }
RoleSet VenueManagerRoles() { return kVenueManagers; }
RoleSet VenueUsageReaderRoles() { return kVenueUsageReaders; }
RoleSet ActivityOrganizerRoles() { return kActivityOrganizers; }
RoleSet ActivityParticipantRoles() { return kResidents; }
RoleSet TwoFactorRoles() { return kTwoFactorUsers; }
RoleSet ActivityReportReaderRoles() { return kActivityReportReaders; }
RoleSet AuditReaderRoles() { return kAuditReaders; }
RoleSet BudgetReaderRoles() { return kBudgetReaders; }
RoleSet BudgetKeeperRoles() { return kBudgetKeepers; }
RoleSet RosterReaderRoles() { return kRosterReaders; }
RoleSet LedgerReaderRoles() { return kLedgerReaders; }
RoleSet LedgerPlannerRoles() { return kLedgerPlanners; }
RoleSet InformationWriterRoles() { return kInformationWriters; }
RoleSet InformationEditorRoles() { return kInformationEditors; }
RoleSet InformationReaderRoles() { return kInformationReaders; }
RoleSet CampaignOrganizerRoles() { return kCampaignOrganizers; }
RoleSet CampaignEntrantRoles() { return kCampaignEntrants; }
RoleSet CampaignReviewerRoles() { return kCampaignReviewers; }
RoleSet RosterKeeperRoles() { return kRosterKeepers; }
RoleSet SurveyOrganizerRoles() { return kSurveyOrganizers; }
RoleSet SurveyRespondentRoles() { return kSurveyRespondents; }
RoleSet SurveyRecorderRoles() { return kSurveyRecorders; }
RoleSet SurveyReaderRoles() { return kSurveyReaders; }
RoleSet SurveyUserRoles() { return kSurveyUsers; }

const std::vector<Capability>& Capabilities() {
  static const std::vector<Capability> kCapabilities = {{"report", kResidents},
                                                        {"workbench", kHandlers},
                                                        {"map", kFigureViewers},
                                                        {"dashboard", kFigureViewers},
                                                        {"plan", kPlanners},
                                                        {"admin", kAdmins},
                                                        {"accounts", kAccountReaders},
                                                        {"accounts_add", kAdmins},
                                                        {"audit", kAuditReaders},
                                                        {"district_wide", kDistrictWide},
                                                        {"book_venue", kVenueBookers},
                                                        {"venues_manage", kVenueManagers},
                                                        {"venue_usage", kVenueUsageReaders},
                                                        {"budget", kBudgetReaders},
                                                        {"roster", kRosterReaders},
                                                        {"roster_manage", kRosterKeepers},
                                                        {"activities_manage", kActivityOrganizers},
                                                        {"join_activities", kResidents},
                                                        {"ledger", kLedgerReaders},
                                                        {"ledger_plan", kLedgerPlanners},
                                                        {"information", kInformationReaders},
                                                        {"information_submit", kInformationWriters},
                                                        {"information_review", kInformationEditors},
                                                        {"campaigns", kCampaignEntrants},
                                                        {"campaign_review", kCampaignReviewers},
                                                        {"campaign_admin", kCampaignOrganizers},
                                                        {"surveys", kSurveyUsers},
                                                        {"survey_answer", kSurveyRespondents},
                                                        {"survey_record", kSurveyRecorders},
                                                        {"survey_results", kSurveyReaders},
                                                        {"survey_admin", kSurveyOrganizers},
                                                        {"two_factor", kTwoFactorUsers}};
  return kCapabilities;
}

}  // namespace sanwang::org
