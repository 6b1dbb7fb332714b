// The party and social organizations of units as one caller sees and keeps them: those of
// the units in the caller's scope, adding and editing them. Checks the caller's rights
// (body_access.h) and the input (party_org.h, social_org.h), naming the field of each bad
// value, and that a parent never closes a cycle; writes through the bodies/store
// repositories. Functions over a Database and an OrgDirectory snapshot; thread-safe as
// the Database given.
#pragma once

#include <string>
#include <vector>

#include "bodies/store/party_org_repository.h"
#include "bodies/store/social_org_repository.h"
#include "cases/actor.h"
#include "org/org_directory.h"

namespace sanwang::bodies {

struct OrgBodies {
  store::Database& db;
  const org::OrgDirectory& org;
  cases::Actor actor;

  const std::string& district() const { return org.district_code(); }
};

// Sets unit_id from unit_code and secretary_user_id from secretary_username (empty: no
// account); the error names the field.
Status ResolvePartyOrgRefs(const OrgBodies& bodies, store::PartyOrgRecord& party_org);
// Sets community_id from community_code and normalizes the credit code.
Status ResolveSocialOrgRefs(const org::OrgDirectory& org, store::SocialOrgRecord& social_org);

// The unit named by `unit_code` (the caller's own scope when empty), refused when outside
// the caller's sight.
Result<const store::UnitRecord*> UnitInSight(const OrgBodies& bodies, const std::string& unit_code);

// Those of `unit_code`'s subtree (the caller's scope when empty), of `kind` when given.
Result<std::vector<store::PartyOrgRecord>> ListPartyOrgs(const OrgBodies& bodies,
                                                         const std::string& unit_code,
                                                         const std::string& kind);
// NotFound for one of another district or outside the caller's sight.
Result<store::PartyOrgRecord> FindPartyOrg(const OrgBodies& bodies, store::Id id);
// References must be resolved; parent_id, when set, names one of the district.
Result<store::PartyOrgRecord> CreatePartyOrg(const OrgBodies& bodies, store::PartyOrgRecord party_org);
// The caller keeps both the stored organization's unit and the new one.
Result<store::PartyOrgRecord> UpdatePartyOrg(const OrgBodies& bodies, store::PartyOrgRecord party_org);

Result<std::vector<store::SocialOrgRecord>> ListSocialOrgs(const OrgBodies& bodies,
                                                           const std::string& unit_code,
                                                           const std::string& kind);
Result<store::SocialOrgRecord> FindSocialOrg(const OrgBodies& bodies, store::Id id);
Result<store::SocialOrgRecord> CreateSocialOrg(const OrgBodies& bodies, store::SocialOrgRecord social_org);
Result<store::SocialOrgRecord> UpdateSocialOrg(const OrgBodies& bodies, store::SocialOrgRecord social_org);

}  // namespace sanwang::bodies
