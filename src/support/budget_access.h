// Who may do what with the district's money (docs/architecture.md §9: rules live in the
// domain; routes only ask). Admins create district lines and categories, allocate from the
// district's lines to its streets and record spending on them; a street's staff allocate
// from their street's lines to its communities and record spending on their street's
// lines; community staff record spending on their community's lines. Reading: staff see
// the lines of units in their scope (cases/figure_scope.h's SeesUnit), the district-wide
// roles the whole district; grid workers and residents nothing. Pure functions.
#pragma once

#include "cases/actor.h"
#include "org/org_directory.h"

namespace sanwang::support {

// Admins only: district lines, categories.
Status MayManageBudget(const cases::Actor& actor);
// The role may read budgets at all (PermissionDenied otherwise).
Status MayReadBudget(const cases::Actor& actor);
// The unit's lines are in the caller's sight.
Status MayReadBudgetOf(const org::OrgDirectory& org, const cases::Actor& actor,
                       const store::UnitRecord& unit);
// The caller may hand money on from `from`'s lines.
Status MayAllocateFrom(const cases::Actor& actor, const store::UnitRecord& from);
// The caller may record (and reverse) spending on `unit`'s lines.
Status MaySpendOn(const cases::Actor& actor, const store::UnitRecord& unit);
// Money flows one tier down: district → street, street → community.
bool IsNextTierBelow(const store::UnitRecord& from, const store::UnitRecord& to);

}  // namespace sanwang::support
