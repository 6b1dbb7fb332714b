// The tabs of a staff member's workbench: which of the cases in their inbox — handled by
// their unit or a unit below it — need dispatching or signing for, are in hand, fall due
// soon, are overdue, or are done.
//
//   to_dispatch  held by the dispatcher's own unit and waiting to be dispatched: not yet
//                routed, sent to it for triage, or returned by a unit (待派单 / 退单);
//                only for roles the workflow lets re-dispatch (the command center)
//   to_accept    dispatched and not yet signed for (待签收); for every other staff role
//   in_progress  accepted, or waiting on an extension
//   due_soon     open, and the resolve deadline falls within the next 4 working hours
//   overdue      open, and the resolve deadline has passed
//   closed       resolved or closed
//
// "Open" is the workflow's own notion (WorkflowState::open). A case may be in two tabs at
// once (in progress and due soon). Pure functions over filters; counting reads the store.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "cases/actor.h"
#include "cases/workflow.h"
#include "core/working_calendar.h"
#include "org/org_directory.h"
#include "store/case_repository.h"

namespace sanwang::cases {

enum class InboxTab { kToDispatch, kToAccept, kInProgress, kDueSoon, kOverdue, kClosed };

inline constexpr std::array<InboxTab, 6> kInboxTabs = {InboxTab::kToDispatch, InboxTab::kToAccept,
                                                       InboxTab::kInProgress, InboxTab::kDueSoon,
                                                       InboxTab::kOverdue,    InboxTab::kClosed};
// Working hours ahead in which an open case counts as due soon.
inline constexpr int kDueSoonWorkingHours = 4;

std::string_view TabName(InboxTab tab);
// InvalidArgument naming the field `tab` for an unknown name.
Result<InboxTab> ParseTab(std::string_view name);

// Narrows `filter` to the cases the actor's unit subtree handles. Fails for accounts
// without a unit (residents).
Status RestrictToInbox(const org::OrgDirectory& org, const Actor& actor, store::CaseFilter& filter);

// The tabs of the actor's workbench, in display order: a dispatcher (a role the workflow
// lets re-dispatch) has to_dispatch instead of to_accept.
std::vector<InboxTab> TabsFor(const Workflow& workflow, const Actor& actor);

// Narrows an inbox filter to one of the actor's tabs at `now`; InvalidArgument naming
// `tab` when the tab is not one of TabsFor(actor).
Status NarrowToTab(InboxTab tab, const Workflow& workflow, const WorkingCalendar& calendar,
                   const Actor& actor, UnixSeconds now, store::CaseFilter& filter);

// The deadline that matters in a tab, for a list sorted by deadline: signing for in
// 待签收, resolving everywhere else.
store::CaseOrder DeadlineOrder(InboxTab tab);

struct TabCount {
  InboxTab tab;
  std::int64_t cases = 0;
};
// Case counts of the actor's tabs, in TabsFor order, for an inbox filter.
Result<std::vector<TabCount>> CountTabs(store::CaseRepository& repo, const store::CaseFilter& inbox,
                                        const Workflow& workflow, const WorkingCalendar& calendar,
                                        const Actor& actor, UnixSeconds now);

// The workflow's open states that a unit handles (every open state but the initial one).
std::vector<std::string> HandledOpenStates(const Workflow& workflow);
// Whether an open case's resolve deadline has passed at `now` (or it was flagged 督办).
bool IsPastDeadline(const store::CaseRecord& c, const Workflow& workflow, UnixSeconds now);

}  // namespace sanwang::cases
