#include "bodies/social_org.h"

#include <algorithm>
#include <array>

#include "bodies/credit_code.h"
#include "support/personal_data.h"

namespace sanwang::bodies {
namespace {

constexpr std::array<std::string_view, 3> kKinds = {"social_organization", "activity_group",
                                                    "volunteer_team"};
constexpr std::array<std::string_view, 11> kFields = {
    "elder_care", "children_youth", "disability", "community_safety", "environment", "culture_sports",
    "education",  "health",         "legal_aid",  "charity",          "other"};
constexpr std::size_t kMaxName = 128;

bool Contains(std::span<const std::string_view> set, std::string_view v) {
  return std::find(set.begin(), set.end(), v) != set.end();
}

Status ValidateField(const store::SocialOrgRecord& s) {
  if (!IsServiceField(s.field)) {
    return InvalidArgument(
        "服务领域不在列表中 the field of service must be one of elder_care, children_youth, disability, "
        "community_safety, environment, culture_sports, education, health, legal_aid, charity, other",
        "field");
  }
  if (s.field == kOtherField && (s.field_note.empty() || s.field_note.size() > 64)) {
    return InvalidArgument(
        "服务领域为其他时须说明（不超过 64 字节） say what the other field is (1 to 64 bytes)", "field_note");
  }
  if (s.field != kOtherField && !s.field_note.empty()) {
    return InvalidArgument("只有“其他”领域需要说明 only the field other takes a note", "field_note");
  }
  return Status::Ok();
}

}  // namespace

std::span<const std::string_view> SocialOrgKinds() { return kKinds; }
bool IsSocialOrgKind(std::string_view kind) { return Contains(kKinds, kind); }
std::span<const std::string_view> ServiceFields() { return kFields; }
bool IsServiceField(std::string_view field) { return Contains(kFields, field); }

Status ValidateSocialOrg(const store::SocialOrgRecord& s, const org::OrgDirectory& org) {
  if (!IsSocialOrgKind(s.kind)) {
    return InvalidArgument(
        "组织类别应为 social_organization、activity_group 或 volunteer_team the kind must be "
        "social_organization, activity_group or volunteer_team",
        "kind");
  }
  if (s.name.empty() || s.name.size() > kMaxName) {
    return InvalidArgument("名称不能为空且不超过 128 字节 the name must be 1 to 128 bytes", "name");
  }
  if (!s.credit_code.empty() || s.kind != kActivityGroup)
    SW_RETURN_IF_ERROR(ValidateCreditCode(s.credit_code));
  SW_RETURN_IF_ERROR(ValidateField(s));
  if (s.contact_name.empty() || s.contact_name.size() > 64) {
    return InvalidArgument("联系人不能为空且不超过 64 字节 the contact must be 1 to 64 bytes",
                           "contact_name");
  }
  SW_RETURN_IF_ERROR(support::ValidateMobile(s.contact_phone, "contact_phone"));
  const store::UnitRecord* community = org.Find(s.community_id);
  if (community == nullptr || community->kind != "community") {
    return InvalidArgument("服务社区应为社区 the community served must be a community", "community_code");
  }
  return Status::Ok();
}

}  // namespace sanwang::bodies
