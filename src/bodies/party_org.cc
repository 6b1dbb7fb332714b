#include "bodies/party_org.h"

#include <algorithm>
#include <array>

#include "core/time.h"

namespace sanwang::bodies {
namespace {

constexpr std::array<std::string_view, 3> kKinds = {"party_committee", "general_branch", "branch"};
constexpr std::array<std::string_view, 4> kUnitKinds = {"district", "street", "community", "department"};
constexpr std::size_t kMaxName = 128;
constexpr std::int64_t kMaxMembers = 100'000;

bool Contains(std::span<const std::string_view> set, std::string_view v) {
  return std::find(set.begin(), set.end(), v) != set.end();
}

Status ValidateText(const std::string& value, std::size_t max, bool required, const std::string& field,
                    const std::string& chinese) {
  if ((required && value.empty()) || value.size() > max) {
    return InvalidArgument(chinese + (required ? "不能为空且" : "") + "不超过 " + std::to_string(max) +
                               " 字节 " + field + " must be " + (required ? "1" : "0") + " to " +
                               std::to_string(max) + " bytes",
                           field);
  }
  return Status::Ok();
}

}  // namespace

std::span<const std::string_view> PartyOrgKinds() { return kKinds; }
bool IsPartyOrgKind(std::string_view kind) { return Contains(kKinds, kind); }

Status ValidatePartyOrg(const store::PartyOrgRecord& p, const org::OrgDirectory& org) {
  if (!IsPartyOrgKind(p.kind)) {
    return InvalidArgument(
        "党组织类别应为 party_committee、general_branch 或 branch the kind must be party_committee, "
        "general_branch or branch",
        "kind");
  }
  SW_RETURN_IF_ERROR(ValidateText(p.name, kMaxName, true, "name", "名称"));
  const store::UnitRecord* unit = org.Find(p.unit_id);
  if (unit == nullptr || !Contains(kUnitKinds, unit->kind)) {
    return InvalidArgument(
        "所属单位应为区、街道、社区或部门 the unit must be the district, a sub-district, a community or a "
        "department",
        "unit_code");
  }
  SW_RETURN_IF_ERROR(ValidateText(p.host, kMaxName, false, "host", "所在单位"));
  SW_RETURN_IF_ERROR(ValidateText(p.secretary, 64, true, "secretary", "书记姓名"));
  if (p.members < 0 || p.members > kMaxMembers) {
    return InvalidArgument("党员人数应在 0 到 100000 之间 members must be 0 to 100,000", "members");
  }
  if (!p.founded_on.empty() && !ParseDate(p.founded_on).ok()) {
    return InvalidArgument("成立日期应为 YYYY-MM-DD the founding date must be YYYY-MM-DD", "founded_on");
  }
  return Status::Ok();
}

Status ValidateParent(const store::PartyOrgRecord& child, const store::PartyOrgRecord& parent,
                      const org::OrgDirectory& org) {
  if (parent.kind == kPartyBranch) {
    return InvalidArgument("党支部下不设党组织 a branch has no party organization under it", "parent");
  }
  if (!org.InSubtree(parent.unit_id, child.unit_id)) {
    return InvalidArgument(
        "上级党组织应属于本单位或上级单位 the parent must belong to the same unit or one above it", "parent");
  }
  return Status::Ok();
}

bool ClosesCycle(const PartyParents& parents, store::Id id, store::Id parent) {
  std::optional<store::Id> at = parent;
  for (std::size_t steps = 0; at && steps <= parents.size(); ++steps) {
    if (*at == id) return true;
    auto it = parents.find(*at);
    at = it == parents.end() ? std::nullopt : it->second;
  }
  return at.has_value();  // still climbing after every node: a cycle above, refused too
}

}  // namespace sanwang::bodies
