// Whether a booking request fits its venue: times on the 30-minute grid, end after start,
// not in the past, not further ahead than the venue allows, within the opening hours of
// that day's kind on the working calendar (one day; a closed day refuses), no longer than
// the longest booking, no more people than the capacity, and a purpose. Each refusal is
// InvalidArgument naming the field. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>

#include "core/status.h"
#include "core/time.h"
#include "core/working_calendar.h"
#include "support/store/venue_records.h"

namespace sanwang::support {

struct BookingRequest {
  UnixSeconds starts_at = 0;
  UnixSeconds ends_at = 0;
  std::string purpose;
  std::int64_t people = 0;
};

Status CheckBooking(const store::VenueRecord& venue, const BookingRequest& request, UnixSeconds now,
                    const WorkingCalendar& calendar);

}  // namespace sanwang::support
