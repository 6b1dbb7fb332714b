// The roles of docs/architecture.md §9, what kind of unit each role's scope is, and the named sets of
// roles the rest of the system grants things to. Routes check a role against these sets and
// /api/v1/auth/me sends the browser, per set, whether the account's role is in it, so no
// list of roles is written down anywhere else.
// Constant data; thread-safe.
#pragma once

#include <span>
#include <string_view>
#include <vector>

namespace sanwang::org {

inline constexpr std::string_view kResident = "resident";
inline constexpr std::string_view kGridWorker = "grid_worker";
inline constexpr std::string_view kCommunityStaff = "community_staff";
inline constexpr std::string_view kStreetStaff = "street_staff";
inline constexpr std::string_view kDeptStaff = "dept_staff";
inline constexpr std::string_view kCommandCenter = "command_center";
inline constexpr std::string_view kSupervisor = "supervisor";
inline constexpr std::string_view kLeader = "leader";
inline constexpr std::string_view kAdmin = "admin";
// 安全管理员: resets passwords and two-step sign-in, and may lock an account; keeps nothing
// else (三权分立, org/account_actions.h). Its accounts are made on the server's command line.
inline constexpr std::string_view kSecurityOfficer = "security_officer";
// 审计管理员: reads the audit log and changes nothing. Kept apart from the administrator
// (三权分立, docs/security.md): its accounts are made on the server's command line only.
inline constexpr std::string_view kAuditor = "auditor";
// Not a person: timers and automatic routing act under this role.
inline constexpr std::string_view kSystem = "system";

const std::vector<std::string_view>& AllRoles();
bool IsKnownRole(std::string_view role);
// The unit kind a staff member of this role belongs to ("grid" for grid_worker); empty for
// roles scoped to the whole district or to nothing (resident).
std::string_view ScopeKindOf(std::string_view role);

// A named set of roles.
using RoleSet = std::span<const std::string_view>;
bool InSet(RoleSet set, std::string_view role);

// Residents: they file matters and follow their own.
RoleSet ResidentRoles();
// Every role that works the district's matters (all but residents, the security officer and
// the auditor).
RoleSet StaffRoles();
// Staff whose scope is one unit's subtree (grid, community, street, department).
RoleSet UnitScopedRoles();
// Roles that see the whole district (the command center dispatches across it).
RoleSet DistrictWideRoles();
// Staff who work cases in the workbench (sign, handle, return, approve).
RoleSet CaseHandlerRoles();
// Staff with an area of their own, who may see the figures of it (dashboard, rankings,
// map layers): every staff role but department staff, whose work is not an area.
RoleSet FigureViewerRoles();
// Staff who plan service facilities (circles coverage, gaps and suggested sites).
RoleSet PlannerRoles();
// Those who manage the catalog and the org net (the system administrator).
RoleSet AdminRoles();
// Those who read the accounts list: the system administrator and the security officer.
RoleSet AccountReaderRoles();
// Those who add accounts and change their role, unit, name and phone: the system
// administrator.
RoleSet AccountKeeperRoles();
// Those who reset another account's password or two-step sign-in: the security officer.
RoleSet CredentialKeeperRoles();
// Those who disable and enable accounts: the system administrator and the security officer.
RoleSet AccountLockerRoles();
// Those who run a unit's venues (support net): create and edit them, decide their
// bookings; within their scope (support/venue_access.h), admins everywhere.
RoleSet VenueManagerRoles();
// Those who book venues: residents and every staff role (a staff-only venue refuses
// residents, support/venue_access.h).
RoleSet VenueBookerRoles();
// Those who publish volunteer activities and confirm in-service party members
// (在职党员进社区报到), within their scope (support/activity_access.h): community and street
// staff, admins everywhere.
RoleSet ActivityOrganizerRoles();
// Those who register as in-service party members and sign up for activities: residents.
RoleSet ActivityParticipantRoles();
// Those who may sign in with a one-time code as well (org/two_factor.h): every staff role
// and the two officers, not residents.
RoleSet TwoFactorRoles();
// Those who read the yearly hours report per workplace: the organizers and the
// district-wide roles.
RoleSet ActivityReportReaderRoles();
// Those who read the audit log: the auditor alone, so the administrators whose actions it
// records cannot read or weed it through the application.
RoleSet AuditReaderRoles();
// Those who may read budget lines and reports (each within scope, support/budget_access.h):
// staff of a unit and the district-wide roles; not grid workers, not residents.
RoleSet BudgetReaderRoles();
// Those who may change the books at all (allocate, record spending, add lines):
// community and street staff for their own unit, admins for the district.
RoleSet BudgetKeeperRoles();
// Those who may read the workforce roster (support/roster_access.h): staff of a unit for
// the workers within their scope, the district-wide roles for all; not grid workers, not
// residents.
RoleSet RosterReaderRoles();
// Those who may add and edit workers and see their ID numbers and phones in full:
// community and street staff for the workers of their own unit and the units below it,
// admins everywhere.
RoleSet RosterKeeperRoles();

// Those who read the task ledger (governance/ledger_access.h): staff of a unit for the
// milestones of their unit and the units below it, the supervision office (督察室,
// supervisor), leaders and admins for all of them.
RoleSet LedgerReaderRoles();
// Those who lay the ledger out (programmes, projects, tasks, milestones, dependencies):
// the supervision office and admins.
RoleSet LedgerPlannerRoles();

// Those who submit information items (信息报送) for their own unit: community, street and
// department staff (governance/information_access.h).
RoleSet InformationWriterRoles();
// Those who review submitted items and adopt, return or decline them (信息编辑): the
// district office that also supervises (supervisor). Not the system administrator, who
// keeps the system and not its content (三权分立).
RoleSet InformationEditorRoles();
// Those who read information items (writers those of their unit and below, the editors
// and leaders all of them) and the units' information rankings.
RoleSet InformationReaderRoles();

// Those who run campaigns (征文 and the like: governance/campaign_access.h): set up the call,
// name the reviewers, assign the reviews and, as the committee, fix and publish the awards
// — the district office that also supervises (supervisor), not the system administrator.
RoleSet CampaignOrganizerRoles();
// Those who may send an entry under their own account: residents (whose phone the
// registration verified) and staff.
RoleSet CampaignEntrantRoles();
// Those an organizer may name as a campaign's reviewers: staff with a unit or the district's
// offices and leaders.
RoleSet CampaignReviewerRoles();
// What the browser may offer an account, by name ("workbench", "dashboard", …): each
// name is one of the sets above. The names are part of the /auth/me contract.
struct Capability {
  std::string_view name;
  RoleSet roles;
};
const std::vector<Capability>& Capabilities();

}  // namespace sanwang::org
