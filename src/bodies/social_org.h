// What makes a social organization valid: a kind — social_organization 社会组织,
// activity_group 群众活动团体, volunteer_team 志愿服务队 —, a name, a unified social credit
// code (optional for an activity group, which is seldom registered), a field of service
// from the fixed list or `other` with a note, a contact with an 11-digit mobile, and the
// community it serves. The kinds and fields are listed here and nowhere else. Pure
// functions; thread-safe.
#pragma once

#include <span>
#include <string_view>

#include "bodies/store/body_records.h"
#include "core/status.h"
#include "org/org_directory.h"

namespace sanwang::bodies {

std::span<const std::string_view> SocialOrgKinds();
bool IsSocialOrgKind(std::string_view kind);
inline constexpr std::string_view kActivityGroup = "activity_group";

// elder_care 养老服务, children_youth 儿童青少年, disability 助残服务, community_safety 平安建设,
// environment 环境保护, culture_sports 文化体育, education 教育培训, health 卫生健康, legal_aid
// 法律服务, charity 慈善救助, other 其他.
std::span<const std::string_view> ServiceFields();
bool IsServiceField(std::string_view field);
inline constexpr std::string_view kOtherField = "other";

// Checks every field a person fills in; the error names the field (community_code for the
// community). The credit code must already be normalized.
Status ValidateSocialOrg(const store::SocialOrgRecord& social_org, const org::OrgDirectory& org);

}  // namespace sanwang::bodies
