// A deadline extension (延期): how many working hours one request may ask for, and the
// resolve deadline it gives. The approval (transition_effects.cc), the case's JSON (the
// deadline a pending request would give) and the preview the request form shows use the
// same rule, so the deadline a handler sees before asking is the one they get.
// Pure functions; thread-safe.
#pragma once

#include "core/status.h"
#include "core/time.h"
#include "core/working_calendar.h"
#include "store/case_repository.h"

namespace sanwang::cases {

// Longest extension one request may ask for: about three months of working hours.
inline constexpr int kMaxExtensionHours = 480;

// InvalidArgument naming `hours` unless 1 ≤ hours ≤ kMaxExtensionHours.
Status CheckExtensionHours(std::optional<int> hours);

// The resolve deadline after `hours` more working hours, counted from the current deadline
// (from `now` for a case without one).
UnixSeconds ExtendedDeadline(const WorkingCalendar& calendar, const store::CaseRecord& c, int hours,
                             UnixSeconds now);

}  // namespace sanwang::cases
