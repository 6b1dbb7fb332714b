#include "cases/dashboard.h"

#include "cases/figure_scope.h"
#include "cases/inbox_tabs.h"
#include "store/case_statistics_repository.h"

namespace sanwang::cases {
namespace {

using std::chrono::days;
using std::chrono::sys_days;

std::vector<std::string> OpenStates(const Workflow& workflow) {
  std::vector<std::string> states;
  for (const auto& s : workflow.states()) {
    if (s.open) states.push_back(s.name);
  }
  return states;
}

Status FillToday(store::Database& db, const store::CaseScope& scope, const Workflow& workflow,
                 UnixSeconds now, Dashboard& d) {
  store::CaseRepository repo(db);
  store::CaseFilter base;
  base.district_code = scope.district_code;
  base.scope_path = scope.scope_path;
  store::CaseFilter today = base;
  today.created_from = StartOfLocalDay(LocalDateOf(now));
  SW_ASSIGN_OR_RETURN(d.new_today, repo.Count(today));
  store::CaseFilter open = base;
  open.states = OpenStates(workflow);
  SW_ASSIGN_OR_RETURN(d.open_now, repo.Count(open));
  open.resolve_due_to = now;
  SW_ASSIGN_OR_RETURN(d.overdue_now, repo.Count(open));
  return Status::Ok();
}

Result<store::CaseCounters> PeriodCounters(store::Database& db, const org::OrgDirectory& org,
                                           const store::UnitRecord& unit, const DayPeriod& period) {
  // The summary counts cases under their grid, community, sub-district and handling unit,
  // never under the district root; the district's own figures come from its cases.
  if (unit.kind == "district") {
    return store::CaseStatisticsRepository(db).CountersOfScope(ScopeOfUnit(org, unit), period.start(),
                                                               period.end());
  }
  SW_ASSIGN_OR_RETURN(auto sums, CountersOverDays(db, org.district_code(), {unit.id}, period));
  return sums[unit.id];
}

}  // namespace

Result<DayPeriod> MakePeriod(LocalDate from, LocalDate to) {
  if (sys_days{from} > sys_days{to}) return InvalidArgument("开始日期晚于结束日期 from is after to", "from");
  if ((sys_days{to} - sys_days{from}).count() >= kMaxPeriodDays) {
    return InvalidArgument("统计期最长 " + std::to_string(kMaxPeriodDays) + " 天 a period covers at most " +
                               std::to_string(kMaxPeriodDays) + " days",
                           "from");
  }
  return DayPeriod{from, to};
}

Result<Dashboard> BuildDashboard(store::Database& db, const org::OrgDirectory& org, const Workflow& workflow,
                                 const store::UnitRecord& unit, const DayPeriod& period, UnixSeconds now) {
  Dashboard d;
  store::CaseScope scope = ScopeOfUnit(org, unit);
  SW_RETURN_IF_ERROR(FillToday(db, scope, workflow, now, d));
  SW_ASSIGN_OR_RETURN(store::CaseCounters counters, PeriodCounters(db, org, unit, period));
  d.rates = FromCounters(unit.id, 0, counters);
  store::CaseStatisticsRepository stats(db);
  SW_ASSIGN_OR_RETURN(auto per_day,
                      stats.PerDay(scope, period.start(), period.end(), now, OpenStates(workflow)));
  for (sys_days day = sys_days{period.from}; day <= sys_days{period.to}; day += days{1}) {
    // Day numbers of the store count local days from 1970-01-01, as sys_days does.
    const store::DayFigures& f = per_day[day.time_since_epoch().count()];
    d.by_day.push_back({LocalDate{day}, f.created, f.resolved, f.deadlines_missed});
  }
  SW_ASSIGN_OR_RETURN(d.by_aspect, stats.CountsByAspect(scope, period.start(), period.end()));
  return d;
}

}  // namespace sanwang::cases
