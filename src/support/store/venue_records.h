// The rows of the support net's venues and bookings (the "support" migration stream):
// plain values the venue and booking repositories read and write. The rules about them
// (opening hours, the 30-minute grid, who may book) live in src/support/, not here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "store/records.h"

namespace sanwang::store {

// A venue a unit owns and lends out (阵地, shared venues).
struct VenueRecord {
  Id id = 0;
  std::string district_code;
  Id owner_unit_id = 0;
  std::string owner_unit_code;  // read from units; ignored on writes
  std::string owner_unit_name;  // read from units; ignored on writes
  std::string name;
  std::string kind;  // party_service_room, activity_room, reading_space, court, playground, other
  std::string address;
  std::optional<double> lon;  // WGS-84
  std::optional<double> lat;
  std::int64_t capacity = 0;
  std::string workday_hours;       // "08:30-21:00", "" when closed
  std::string rest_day_hours;      // the same for the calendar's rest days
  std::string open_to = "public";  // "public" (residents and staff) or "staff"
  std::int64_t max_days_ahead = 14;
  std::int64_t max_minutes = 240;
  bool needs_approval = false;
  bool active = true;
};

// One booking of a venue. Times are Unix seconds on the 30-minute grid.
struct BookingRecord {
  Id id = 0;
  std::string district_code;
  Id venue_id = 0;
  Id booker_id = 0;
  std::string purpose;
  std::int64_t people = 0;
  std::int64_t starts_at = 0;
  std::int64_t ends_at = 0;
  std::string state;   // pending, accepted, refused, cancelled, no_show
  std::string reason;  // why it was refused; may be empty otherwise
  std::int64_t created_at = 0;
  std::optional<Id> decided_by;
  std::optional<std::int64_t> decided_at;
  // Read with the booking; ignored on writes.
  std::string venue_name;
  std::string venue_address;
  Id venue_owner_unit_id = 0;
  std::string booker_name;
};

// One half hour of a venue held by a pending or accepted booking.
struct BookingSlotRecord {
  Id venue_id = 0;
  std::int64_t slot_start = 0;
  Id booking_id = 0;
};

}  // namespace sanwang::store
