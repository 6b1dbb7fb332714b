// An assessment period (考评期): a month ("2026-11"), a quarter ("2026-Q4") or a year
// ("2026"), its days in Asia/Shanghai and the period before it, against which rankings
// move. The key is how a stored result names its period. Plain values; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"
#include "core/time.h"
#include "governance/assessment_scheme.h"

namespace sanwang::governance {

struct AssessmentPeriod {
  PeriodKind kind = PeriodKind::kMonth;
  int year = 0;
  int index = 0;  // the month 1..12, the quarter 1..4, 0 for a year

  // "2026-11", "2026-Q4", "2026".
  std::string key() const;
  LocalDate first_day() const;
  LocalDate last_day() const;
  // The month, quarter or year before.
  AssessmentPeriod previous() const;
  bool operator==(const AssessmentPeriod&) const = default;
};

// Reads "2026-11", "2026-Q4" (or "2026-q4") or "2026", years 2000..2999; anything else
// is InvalidArgument naming the field "period".
Result<AssessmentPeriod> ParsePeriod(std::string_view text);

// The period of the scheme's kind that holds `day` (the CLI's default: the current one).
AssessmentPeriod PeriodHolding(PeriodKind kind, LocalDate day);

}  // namespace sanwang::governance
