// The figures of one unit's dashboard (工作台 / 驾驶舱): today's load, the period's
// indicator rates, a line per day and the matters per aspect.
//
// today      cases filed since local midnight, open cases now, open cases past their
//            resolve deadline now
// rates      on-time acceptance, on-time resolution and satisfaction (indicators.h) of
//            the cases filed in the period; absent when nothing could be measured
// by_day     for every day of the period: cases filed, cases resolved, and deadlines
//            missed (the resolve deadline fell that day and was not met)
// by_aspect  cases filed in the period per catalog aspect, most first
//
// A unit's cases are those handled by or located in its subtree (the district root: all
// of the district). Reads the store; no rule beyond these definitions.
#pragma once

#include <vector>

#include "cases/indicators.h"
#include "cases/period_counters.h"
#include "cases/workflow.h"
#include "org/org_directory.h"

namespace sanwang::cases {

// Longest period a dashboard or ranking covers, in days.
inline constexpr int kMaxPeriodDays = 366;

// A period from two dates, checked: from not after to, at most kMaxPeriodDays long.
Result<DayPeriod> MakePeriod(LocalDate from, LocalDate to);

struct DayRow {
  LocalDate date;
  std::int64_t created = 0;
  std::int64_t resolved = 0;
  std::int64_t deadlines_missed = 0;
};

struct Dashboard {
  std::int64_t new_today = 0;
  std::int64_t open_now = 0;
  std::int64_t overdue_now = 0;
  Indicators rates;
  std::vector<DayRow> by_day;
  std::vector<std::pair<std::string, std::int64_t>> by_aspect;  // aspect code, cases
};

Result<Dashboard> BuildDashboard(store::Database& db, const org::OrgDirectory& org, const Workflow& workflow,
                                 const store::UnitRecord& unit, const DayPeriod& period, UnixSeconds now);

}  // namespace sanwang::cases
