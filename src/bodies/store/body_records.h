// The rows of the party and social organizations attached to the org net (the "bodies"
// migration stream): 党组织 — a party committee, general branch or branch of a unit, with
// its place in the party tree — and 社会组织 / 群众活动团体 / 志愿服务队 serving a community.
// Plain values the repositories read and write; the rules about them (kinds, the credit
// code's check character, no cycles, who sees the contact's phone) live in src/bodies/.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/records.h"

namespace sanwang::store {

// A party organization (党委, 党总支, 党支部) of a unit: a sub-district, a community, a
// government department, or an enterprise that sits in one (then `host` names it).
struct PartyOrgRecord {
  Id id = 0;
  std::string district_code;
  std::string kind;  // party_committee, general_branch, branch
  std::string name;  // unique in the district: 中共和平社区委员会
  Id unit_id = 0;
  std::string host;                     // the enterprise or office it sits in; empty: the unit itself
  std::optional<Id> parent_id;          // the party organization above it
  std::string secretary;                // 书记's name
  std::optional<Id> secretary_user_id;  // the secretary's account, if any
  std::int64_t members = 0;
  std::string founded_on;  // "2003-07-01", or empty when not known
  bool demo = false;       // written by `sanwang demo`
  // Read from units, users and the parent; ignored on writes.
  std::string unit_code;
  std::string unit_name;
  std::string parent_name;
  std::string secretary_username;
};

// A social organization (社会组织), an activity group (群众活动团体) or a volunteer team
// (志愿服务队) serving one community.
struct SocialOrgRecord {
  Id id = 0;
  std::string district_code;
  std::string kind;         // social_organization, activity_group, volunteer_team
  std::string name;         // unique in the district
  std::string credit_code;  // 统一社会信用代码, 18 characters; may be empty for an activity group
  std::string field;        // of the fixed list (bodies/social_org.h), or "other"
  std::string field_note;   // what "other" means
  std::string contact_name;
  std::string contact_phone;  // 11-digit mobile
  Id community_id = 0;
  bool active = true;
  bool demo = false;
  // Read from units; ignored on writes.
  std::string community_code;
  std::string community_name;
};

}  // namespace sanwang::store
