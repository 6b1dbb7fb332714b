// The case engine (docs/architecture.md §4): files matters, moves them through their workflow, and
// fires the timers.
//
// Merging a duplicate into its original closes the duplicate, records an event on both
// cases and makes the duplicate's reporter a follower of the original, all in one
// transaction; a merge into the case itself, into a case that is not open, of another
// item, or that the actor may not read is refused and changes nothing.
//
// Every change is one transaction that writes the new case row and one immutable event
// (store::CaseRepository::Update). A transition the workflow does not allow from the
// case's state, a role the transition does not list, an actor outside the case's scope or
// a missing note is refused with a clear error, and nothing changes. Some actions leave
// the state as it is (督办 supervise, 催办 urge, comments): they only add an event. Deadlines are counted
// in working hours on the WorkingCalendar; the clock is injected, so tests move time by
// hand.
//
// An engine borrows its collaborators, which must outlive it. It uses one Database
// connection: one thread at a time.
#pragma once

#include <string>
#include <vector>

#include "cases/actor.h"
#include "cases/case_listener.h"
#include "cases/catalog.h"
#include "cases/earlier_reports.h"
#include "cases/new_case.h"
#include "cases/workflow.h"
#include "core/clock.h"
#include "core/working_calendar.h"
#include "org/org_directory.h"
#include "store/case_repository.h"

namespace sanwang::cases {

struct TransitionRequest {
  TransitionRequest() = default;
  TransitionRequest(std::string action_name, std::string note_text = "")  // NOLINT: {"accept"} reads well
      : action(std::move(action_name)), note(std::move(note_text)) {}

  std::string action;
  std::string note;
  std::string target_unit_code;             // redispatch
  std::string item_code;                    // redispatch: the triaged item; reclassify: the corrected item
  std::optional<store::Id> target_case_id;  // merge: the original case
  std::optional<int> hours;                 // request_extension
  std::optional<int> stars;                 // rate / visit: 1..5
  std::optional<bool> satisfied;            // rate / visit, older clients: 5 or 1 stars
  std::string comment;                      // rate / visit: the rating's comment
};

struct SweepResult {
  int routed = 0;      // cases left in the initial state (e.g. by a crash) and now routed
  int supervised = 0;  // cases newly flagged overdue (督办)
};

class CaseEngine {
 public:
  CaseEngine(store::Database& db, const Clock& clock, const WorkingCalendar& calendar,
             const Workflow& workflow, const org::OrgDirectory& org, const Catalog& catalog);

  // Tells `listener` (not owned; it must outlive the engine) of every change in its
  // transaction (case_listener.h); none by default.
  void SetListener(const CaseListener* listener) { listener_ = listener; }

  // Files a matter and routes it at once. Returns the case as routed.
  Result<store::CaseRecord> Submit(const NewCase& request, const Actor& actor);
  Result<store::CaseChange> Apply(store::Id case_id, const TransitionRequest& request, const Actor& actor);
  // Routes stranded cases and flags open cases past their deadline.
  Result<SweepResult> Sweep();
  // The actions `actor` may take on `c` now, for user interfaces.
  std::vector<std::string> AllowedActions(const store::CaseRecord& c, const Actor& actor) const;

 private:
  Status CheckAllowed(const Transition& tr, const store::CaseRecord& c, const Actor& actor) const;
  bool InScope(const Actor& actor, std::optional<store::Id> unit) const;
  // The reporter, or a resident who follows the case (a merged duplicate's reporter).
  bool FollowsCase(const Actor& actor, const store::CaseRecord& c) const;
  Result<store::CaseChange> Decide(const store::CaseRecord& current, const TransitionRequest& request,
                                   const Actor& actor);
  // Decide, then tell the listener: the decision every update of the engine makes.
  Result<store::CaseChange> DecideAndTell(const store::CaseRecord& current, const TransitionRequest& request,
                                          const Actor& actor);
  EarlierReports LookBack(const store::CaseRecord& c);
  bool IsMerge(const std::string& action) const;
  Result<store::CaseRecord> MergeTarget(const store::CaseRecord& duplicate, const TransitionRequest& request,
                                        const Actor& actor);
  Result<store::CaseChange> Merge(store::Id case_id, const TransitionRequest& request, const Actor& actor);

  store::Database& db_;
  store::CaseRepository cases_;
  const Clock& clock_;
  const WorkingCalendar& calendar_;
  const Workflow& workflow_;
  const org::OrgDirectory& org_;
  const Catalog& catalog_;
  const CaseListener* listener_ = nullptr;
};

}  // namespace sanwang::cases
