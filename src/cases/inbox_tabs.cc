#include "cases/inbox_tabs.h"

#include <algorithm>

namespace sanwang::cases {
namespace {

constexpr std::array<std::string_view, 6> kNames = {"to_dispatch", "to_accept", "in_progress",
                                                    "due_soon",    "overdue",   "closed"};

std::vector<std::string> ClosedStates(const Workflow& workflow) {
  std::vector<std::string> states;
  for (const auto& s : workflow.states()) {
    if (!s.open) states.push_back(s.name);
  }
  return states;
}

bool IsDispatcher(const Workflow& workflow, const Actor& actor) {
  const auto& all = workflow.transitions();
  return std::any_of(all.begin(), all.end(), [&](const Transition& tr) {
    return tr.effect == Effect::kRedispatch && tr.AllowsRole(actor.role);
  });
}

// Where a case waits for the dispatcher: the initial state (not yet routed) and every
// state the re-dispatch starts from (sent for triage, returned by a unit).
std::vector<std::string> DispatchQueueStates(const Workflow& workflow) {
  std::vector<std::string> states = {workflow.initial()};
  for (const Transition& tr : workflow.transitions()) {
    if (tr.effect != Effect::kRedispatch) continue;
    for (const auto& from : tr.from) {
      if (std::find(states.begin(), states.end(), from) == states.end()) states.push_back(from);
    }
  }
  return states;
}

}  // namespace

std::string_view TabName(InboxTab tab) { return kNames[static_cast<std::size_t>(tab)]; }

Result<InboxTab> ParseTab(std::string_view name) {
  for (InboxTab tab : kInboxTabs) {
    if (TabName(tab) == name) return tab;
  }
  return InvalidArgument(
      "未知的分类 tab must be to_dispatch, to_accept, in_progress, due_soon, overdue or closed", "tab");
}

std::vector<std::string> HandledOpenStates(const Workflow& workflow) {
  std::vector<std::string> states;
  for (const auto& s : workflow.states()) {
    if (s.open && s.name != workflow.initial()) states.push_back(s.name);
  }
  return states;
}

Status RestrictToInbox(const org::OrgDirectory& org, const Actor& actor, store::CaseFilter& filter) {
  const store::UnitRecord* unit = actor.unit_id ? org.Find(*actor.unit_id) : nullptr;
  if (unit == nullptr || actor.role == org::kResident) {
    return PermissionDenied("只有单位工作人员有待办 only staff of a unit have an inbox");
  }
  filter.handled_within = unit->path;
  return Status::Ok();
}

std::vector<InboxTab> TabsFor(const Workflow& workflow, const Actor& actor) {
  std::vector<InboxTab> tabs;
  const bool dispatcher = IsDispatcher(workflow, actor);
  for (InboxTab tab : kInboxTabs) {
    if (tab == (dispatcher ? InboxTab::kToAccept : InboxTab::kToDispatch)) continue;
    tabs.push_back(tab);
  }
  return tabs;
}

namespace {

// NarrowToTab without the check that the tab is the actor's (CountTabs walks only theirs).
void ApplyTab(InboxTab tab, const Workflow& workflow, const WorkingCalendar& calendar, const Actor& actor,
              UnixSeconds now, store::CaseFilter& filter) {
  switch (tab) {
    case InboxTab::kToDispatch:
      filter.states = DispatchQueueStates(workflow);
      filter.unit_id = actor.unit_id;
      break;
    case InboxTab::kToAccept:
      filter.states = {"dispatched"};
      break;
    case InboxTab::kInProgress:
      filter.states = {"accepted", "extension_pending"};
      break;
    case InboxTab::kDueSoon:
      filter.states = HandledOpenStates(workflow);
      filter.resolve_due_from = now;
      filter.resolve_due_to = calendar.AddWorkingHours(now, kDueSoonWorkingHours) + 1;
      break;
    case InboxTab::kOverdue:
      filter.states = HandledOpenStates(workflow);
      filter.resolve_due_to = now;
      break;
    case InboxTab::kClosed:
      filter.states = ClosedStates(workflow);
      break;
  }
}

}  // namespace

Status NarrowToTab(InboxTab tab, const Workflow& workflow, const WorkingCalendar& calendar,
                   const Actor& actor, UnixSeconds now, store::CaseFilter& filter) {
  const auto tabs = TabsFor(workflow, actor);
  if (std::find(tabs.begin(), tabs.end(), tab) == tabs.end()) {
    return InvalidArgument(
        "您的角色没有此页签 the tab " + std::string(TabName(tab)) + " is not one of your role's", "tab");
  }
  ApplyTab(tab, workflow, calendar, actor, now, filter);
  return Status::Ok();
}

store::CaseOrder DeadlineOrder(InboxTab tab) {
  return tab == InboxTab::kToAccept ? store::CaseOrder::kAcceptDueFirst : store::CaseOrder::kResolveDueFirst;
}

Result<std::vector<TabCount>> CountTabs(store::CaseRepository& repo, const store::CaseFilter& inbox,
                                        const Workflow& workflow, const WorkingCalendar& calendar,
                                        const Actor& actor, UnixSeconds now) {
  std::vector<TabCount> counts;
  for (InboxTab tab : TabsFor(workflow, actor)) {
    store::CaseFilter f = inbox;
    ApplyTab(tab, workflow, calendar, actor, now, f);
    SW_ASSIGN_OR_RETURN(std::int64_t n, repo.Count(f));
    counts.push_back({tab, n});
  }
  return counts;
}

bool IsPastDeadline(const store::CaseRecord& c, const Workflow& workflow, UnixSeconds now) {
  if (!workflow.IsOpen(c.state)) return false;
  return c.overdue || (c.resolve_due && *c.resolve_due < now);
}

}  // namespace sanwang::cases
