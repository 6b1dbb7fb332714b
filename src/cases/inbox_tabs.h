// The tabs of a staff member's workbench: which of the cases in their inbox — handled by
// their unit or a unit below it — need signing for, are in hand, fall due soon, are
// overdue, or are done.
//
//   to_accept    dispatched and not yet signed for (待签收)
//   in_progress  accepted, waiting on an extension, or returned to the unit that must act next
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

enum class InboxTab { kToAccept, kInProgress, kDueSoon, kOverdue, kClosed };

inline constexpr std::array<InboxTab, 5> kInboxTabs = {InboxTab::kToAccept, InboxTab::kInProgress,
                                                       InboxTab::kDueSoon, InboxTab::kOverdue, InboxTab::kClosed};
// Working hours ahead in which an open case counts as due soon.
inline constexpr int kDueSoonWorkingHours = 4;

std::string_view TabName(InboxTab tab);
// InvalidArgument naming the field `tab` for an unknown name.
Result<InboxTab> ParseTab(std::string_view name);

// Narrows `filter` to the cases the actor's unit subtree handles. Fails for accounts
// without a unit (residents).
Status RestrictToInbox(const org::OrgDirectory& org, const Actor& actor, store::CaseFilter& filter);

// Narrows an inbox filter to one tab at `now`.
void NarrowToTab(InboxTab tab, const Workflow& workflow, const WorkingCalendar& calendar, UnixSeconds now,
                 store::CaseFilter& filter);

// Case counts of every tab, in kInboxTabs order, for an inbox filter.
Result<std::array<std::int64_t, 5>> CountTabs(store::CaseRepository& repo, const store::CaseFilter& inbox,
                                             const Workflow& workflow, const WorkingCalendar& calendar,
                                             UnixSeconds now);

// The workflow's open states that a unit handles (every open state but the initial one).
std::vector<std::string> HandledOpenStates(const Workflow& workflow);
// Whether an open case's resolve deadline has passed at `now` (or it was flagged 督办).
bool IsPastDeadline(const store::CaseRecord& c, const Workflow& workflow, UnixSeconds now);

}  // namespace sanwang::cases
