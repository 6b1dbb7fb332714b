#include "cases/inbox_tabs.h"

namespace sanwang::cases {
namespace {

constexpr std::array<std::string_view, 5> kNames = {"to_accept", "in_progress", "due_soon", "overdue", "closed"};

std::vector<std::string> ClosedStates(const Workflow& workflow) {
  std::vector<std::string> states;
  for (const auto& s : workflow.states()) {
    if (!s.open) states.push_back(s.name);
  }
  return states;
}

}  // namespace

std::string_view TabName(InboxTab tab) { return kNames[static_cast<std::size_t>(tab)]; }

Result<InboxTab> ParseTab(std::string_view name) {
  for (InboxTab tab : kInboxTabs) {
    if (TabName(tab) == name) return tab;
  }
  return InvalidArgument("tab must be to_accept, in_progress, due_soon, overdue or closed", "tab");
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

void NarrowToTab(InboxTab tab, const Workflow& workflow, const WorkingCalendar& calendar, UnixSeconds now,
                 store::CaseFilter& filter) {
  switch (tab) {
    case InboxTab::kToAccept:
      filter.states = {"dispatched"};
      return;
    case InboxTab::kInProgress:
      filter.states = {"accepted", "extension_pending", "returned"};
      return;
    case InboxTab::kDueSoon:
      filter.states = HandledOpenStates(workflow);
      filter.resolve_due_from = now;
      filter.resolve_due_to = calendar.AddWorkingHours(now, kDueSoonWorkingHours) + 1;
      return;
    case InboxTab::kOverdue:
      filter.states = HandledOpenStates(workflow);
      filter.resolve_due_to = now;
      return;
    case InboxTab::kClosed:
      filter.states = ClosedStates(workflow);
      return;
  }
}

Result<std::array<std::int64_t, 5>> CountTabs(store::CaseRepository& repo, const store::CaseFilter& inbox,
                                             const Workflow& workflow, const WorkingCalendar& calendar,
                                             UnixSeconds now) {
  std::array<std::int64_t, 5> counts{};
  for (InboxTab tab : kInboxTabs) {
    store::CaseFilter f = inbox;
    NarrowToTab(tab, workflow, calendar, now, f);
    SW_ASSIGN_OR_RETURN(counts[static_cast<std::size_t>(tab)], repo.Count(f));
  }
  return counts;
}

bool IsPastDeadline(const store::CaseRecord& c, const Workflow& workflow, UnixSeconds now) {
  if (!workflow.IsOpen(c.state)) return false;
  return c.overdue || (c.resolve_due && *c.resolve_due < now);
}

}  // namespace sanwang::cases
