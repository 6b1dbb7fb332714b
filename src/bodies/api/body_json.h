// The party and social organizations as the REST API shows and takes them
// (docs/architecture.md §8, docs/bodies.md). A social organization's contact phone goes out
// masked unless `sees_contact` (bodies/body_access.h decides, the route passes it in); a
// party organization's secretary account is named only to those who keep it. Pure
// functions; thread-safe.
#pragma once

#include <nlohmann/json.hpp>

#include "bodies/store/body_records.h"
#include "core/status.h"

namespace sanwang::api {

nlohmann::json PartyOrgJson(const store::PartyOrgRecord& party_org, bool may_edit);
nlohmann::json SocialOrgJson(const store::SocialOrgRecord& social_org, bool may_edit, bool sees_contact);

// A body over `base` (blank for a new one, the stored one for an edit); unknown fields are
// refused. On create kind, name, unit_code and secretary are required; parent_id null
// clears the parent.
Result<store::PartyOrgRecord> PartyOrgFromJson(const std::string& body, store::PartyOrgRecord base,
                                               bool creating);
// On create kind, name, field, contact_name, contact_phone and community_code are required.
Result<store::SocialOrgRecord> SocialOrgFromJson(const std::string& body, store::SocialOrgRecord base,
                                                 bool creating);

}  // namespace sanwang::api
