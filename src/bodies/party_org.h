// What makes a party organization valid (党组织 of the org net): a known kind — party_committee
// 党委, general_branch 党总支, branch 党支部 —, a name, a unit that is the district, a
// sub-district, a community or a department (an enterprise's organization belongs to the
// unit it sits in and names the enterprise as `host`), a secretary, a member count and an
// optional founding date. Its parent is a committee or general branch (a branch has none
// under it) of the same unit or one above, and the parents never close a cycle. The kinds
// are listed here and nowhere else. Pure functions; thread-safe.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string_view>

#include "bodies/store/body_records.h"
#include "core/status.h"
#include "org/org_directory.h"

namespace sanwang::bodies {

std::span<const std::string_view> PartyOrgKinds();
bool IsPartyOrgKind(std::string_view kind);
inline constexpr std::string_view kPartyBranch = "branch";

// Checks every field a person fills in but the parent; the error names the field
// (unit_code for the unit). Normalizes nothing.
Status ValidatePartyOrg(const store::PartyOrgRecord& party_org, const org::OrgDirectory& org);

// `parent` may hold `child`: not a branch, and its unit is the child's or above it. The
// error names the field `parent`.
Status ValidateParent(const store::PartyOrgRecord& child, const store::PartyOrgRecord& parent,
                      const org::OrgDirectory& org);

// Each organization's parent, by id.
using PartyParents = std::map<store::Id, std::optional<store::Id>>;
// Whether giving `id` the parent `parent` would make it its own ancestor.
bool ClosesCycle(const PartyParents& parents, store::Id id, store::Id parent);

}  // namespace sanwang::bodies
