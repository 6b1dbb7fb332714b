#include "notify/due_soon.h"

#include "notify/booking_notices.h"
#include "notify/case_notices.h"
#include "notify/outbox.h"
#include "notify/store/due_warning_repository.h"
#include "store/case_repository.h"

namespace sanwang::notify {
namespace {

// The most cases one sweep warns of; the rest wait for the next minute.
constexpr int kMaxPerSweep = 500;

Status Warn(store::Database& db, const org::OrgDirectory& org, const std::vector<const NoticeRule*>& rules,
            const store::CaseRecord& c, UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(std::vector<store::Id> staff, UnitHandlers(db, *c.unit_id));
  NoticeValues values = {
      {"case", std::to_string(c.id)}, {"title", c.title}, {"due", DayAndClockText(*c.resolve_due)}};
  if (const store::UnitRecord* unit = org.Find(*c.unit_id)) values["unit"] = unit->name;
  store::NoticeRecord about;
  about.district_code = c.district_code;
  about.case_id = c.id;
  about.link = StaffCaseLink(c.id);
  about.created_at = now;
  return DeliverToEach(db, rules, values, staff, std::nullopt, about);
}

}  // namespace

Result<int> WarnCasesDueSoon(store::Database& db, const org::OrgDirectory& org,
                             const cases::Workflow& workflow, const NoticeRules& rules,
                             const std::string& district_code, UnixSeconds now) {
  const auto deadline_rules = rules.ForDeadline("resolve_due_soon");
  if (deadline_rules.empty()) return 0;
  store::CaseFilter filter;
  filter.district_code = district_code;
  filter.states = workflow.StatesWhereActionStarts("resolve");  // still to be resolved
  filter.resolve_due_from = now;
  filter.resolve_due_to = now + kDueSoonWindowSeconds;
  filter.order = store::CaseOrder::kResolveDueFirst;
  filter.limit = kMaxPerSweep;
  store::CaseRepository cases(db);
  SW_ASSIGN_OR_RETURN(std::vector<store::CaseRecord> due, cases.List(filter));
  int warned = 0;
  store::DueWarningRepository warnings(db);
  for (const store::CaseRecord& c : due) {
    if (!c.unit_id || !c.resolve_due || c.overdue) continue;
    SW_ASSIGN_OR_RETURN(bool fresh, warnings.MarkIfNew(c.id, *c.resolve_due, now));
    if (!fresh) continue;
    SW_RETURN_IF_ERROR(Warn(db, org, deadline_rules, c, now));
    ++warned;
  }
  return warned;
}

}  // namespace sanwang::notify
