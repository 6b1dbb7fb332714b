// Who reviews which campaign entry (征文评审分配), in the manner of conference review
// systems: every entry gets exactly `reviews_per_entry` different reviewers, none of them in
// conflict with it, and the heaviest load is as light as it can be.
//
// A conflict: the reviewer wrote the entry; the reviewer and the author belong to the same
// unit; or the reviewer declared the author (a named person) as a conflict. Such a pair is
// never assigned — there is no weight that trades a conflict for balance.
//
// How. The assignment is a flow: the source gives each entry `reviews_per_entry` units, each
// entry passes one unit to each reviewer it is not in conflict with, and each reviewer passes
// at most L units to the sink. A maximum flow (Dinic's algorithm) that fills every entry is
// an assignment with no reviewer above L; the smallest such L is found by bisection from the
// even share ⌈entries × reviews / reviewers⌉, so the load is balanced whenever the conflicts
// allow it, and an assignment is found whenever one exists at all. The order of entries and
// reviewers (by id) fixes the result: the same input gives the same assignment.
//
// Pure functions; thread-safe.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <vector>

#include "core/status.h"
#include "store/records.h"

namespace sanwang::governance {

struct ReviewerProfile {
  store::Id reviewer = 0;                // the reviewer's account
  std::optional<store::Id> unit;         // the unit they belong to, if any
  std::set<store::Id> declared_authors;  // accounts they declared a conflict with
};

struct EntryProfile {
  store::Id entry = 0;
  std::optional<store::Id> author;       // the author's account (none for a public entry)
  std::optional<store::Id> author_unit;  // the author's unit, if any
};

bool InConflict(const ReviewerProfile& reviewer, const EntryProfile& entry);

struct ReviewAssignment {
  std::map<store::Id, std::vector<store::Id>> reviewers_of;  // entry → its reviewers, by id
  std::map<store::Id, int> load;                             // reviewer → entries to review
  int max_load = 0;
};

// InvalidArgument (field reviews_per_entry) for fewer than 1 review or more than there are
// reviewers; FailedPrecondition naming the first entry that has fewer free reviewers than it
// needs, or saying that the conflicts leave no assignment at all.
Result<ReviewAssignment> AssignReviews(const std::vector<EntryProfile>& entries,
                                       const std::vector<ReviewerProfile>& reviewers, int reviews_per_entry);

}  // namespace sanwang::governance
