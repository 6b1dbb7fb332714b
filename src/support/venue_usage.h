// Venue usage statistics (场地使用统计) over a range of dates: for each venue its open hours
// on the working calendar, the hours booked (accepted bookings, no-shows included: the
// time was held), the hours used (accepted bookings not marked no-show, up to now) and the
// occupancy rate = booked ÷ open; the same summed per unit; and booked and open time per
// weekday × hour of the day for a heat map. Minutes throughout, since bookings and opening
// hours lie on the half hour. Pure functions over records the caller read; thread-safe.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "core/time.h"
#include "core/working_calendar.h"
#include "support/store/venue_records.h"

namespace sanwang::support {

struct UsageFigures {
  std::int64_t open_minutes = 0;
  std::int64_t booked_minutes = 0;
  std::int64_t used_minutes = 0;
  // booked ÷ open; 0 when the venue was never open.
  double Occupancy() const;
  UsageFigures& operator+=(const UsageFigures& other);
};

struct VenueUsage {
  store::VenueRecord venue;
  UsageFigures figures;
};

// One cell of the heat map: a weekday (1 = Monday … 7 = Sunday) and an hour (0 … 23).
struct UsageCell {
  std::int64_t open_minutes = 0;
  std::int64_t booked_minutes = 0;
};
using UsageHeatMap = std::array<std::array<UsageCell, 24>, 7>;  // [weekday - 1][hour]

struct UsageRange {
  LocalDate from;       // inclusive
  LocalDate to;         // inclusive
  UnixSeconds now = 0;  // time after now is not yet used
};

struct VenueUsageTally {
  std::vector<VenueUsage> venues;  // in the order given
  UsageFigures total;
  UsageHeatMap heat{};
};

// `bookings` may hold any state and any venue; only accepted and no-show bookings of the
// given venues count, clipped to the range.
VenueUsageTally TallyVenueUsage(const WorkingCalendar& calendar, std::span<const store::VenueRecord> venues,
                                std::span<const store::BookingRecord> bookings, const UsageRange& range);

}  // namespace sanwang::support
