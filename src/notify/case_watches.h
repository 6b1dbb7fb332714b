// Staff following a case (关注案件, docs/notifications.md §4): a member of staff who works
// cases (org::CaseHandlerRoles: those whose workbench opens a case) and may read one follows it and is told
// of its every move by the rule `to = "case_watchers"` of config/notices.toml — in the app, and on the
// channels beyond it they chose. Residents follow matters their own way (cases/open_nearby.h), which lets
// them read the matter; a member of staff's follow grants nothing: whether they may still read the case is
// checked when they open it, so what they are told is only what a follower of the area is (no note, no
// answer, never the reporter). Stateless functions over the store.
#pragma once

#include <vector>

#include "cases/actor.h"
#include "core/time.h"
#include "org/org_directory.h"
#include "store/case_repository.h"

namespace sanwang::notify {

inline constexpr std::int64_t kMaxCaseWatches = 500;  // per account

// Whether `actor`'s role follows cases this way: those who work cases (org::CaseHandlerRoles,
// the browser's `workbench`); leaders and admins read figures, not case pages.
bool MayWatchCases(const cases::Actor& actor);

// Follows `c`, which the caller has read (the route checks that they may). PermissionDenied
// for a role that does not (a resident follows a matter instead, from its page); FailedPrecondition at
// kMaxCaseWatches. Following a case again changes nothing.
Status WatchCase(store::Database& db, const cases::Actor& actor, const store::CaseRecord& c, UnixSeconds now);
// Stops following; a case not followed changes nothing.
Status UnwatchCase(store::Database& db, const cases::Actor& actor, store::Id case_id);
// Whether the caller follows the case.
Result<bool> WatchesCase(store::Database& db, const cases::Actor& actor, store::Id case_id);

struct WatchedCase {
  store::CaseRecord c;
  UnixSeconds since = 0;
};
// The cases the caller follows and may still read, the latest followed first.
Result<std::vector<WatchedCase>> MyWatchedCases(store::Database& db, const org::OrgDirectory& org,
                                                const cases::Actor& actor);

// The enabled accounts that follow `case_id`, by id: told of its changes.
Result<std::vector<store::Id>> CaseWatchersOf(store::Database& db, store::Id case_id);

}  // namespace sanwang::notify
