// The support module's migration stream, "support" (docs/architecture.md §7, §15),
// numbered from 1.
#include "store/migrations.h"

namespace sanwang::store {
namespace {

// Version 1: venues and their bookings. No two bookings that hold a slot may overlap on
// one venue, and the database itself keeps that promise on both engines without an
// extension: bookings lie on a 30-minute grid, and support_booking_slots holds one row per
// half hour a pending or accepted booking holds, keyed by (venue_id, slot_start). The rows
// are written in the booking's own transaction, so of two overlapping bookings the second
// meets the key and writes nothing. Refusing or cancelling deletes the rows.
constexpr const char* kV1 = R"SQL(
CREATE TABLE support_venues (
  id {{ID}},
  district_code TEXT NOT NULL,
  owner_unit_id BIGINT NOT NULL REFERENCES units(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  address TEXT NOT NULL,
  lon DOUBLE PRECISION,
  lat DOUBLE PRECISION,
  capacity INTEGER NOT NULL,
  workday_hours TEXT NOT NULL,
  rest_day_hours TEXT NOT NULL,
  open_to TEXT NOT NULL,
  max_days_ahead INTEGER NOT NULL,
  max_minutes INTEGER NOT NULL,
  needs_approval INTEGER NOT NULL,
  active INTEGER NOT NULL
);
CREATE INDEX support_venues_owner ON support_venues (district_code, owner_unit_id);
CREATE TABLE support_bookings (
  id {{ID}},
  district_code TEXT NOT NULL,
  venue_id BIGINT NOT NULL REFERENCES support_venues(id),
  booker_id BIGINT NOT NULL REFERENCES users(id),
  purpose TEXT NOT NULL,
  people INTEGER NOT NULL,
  starts_at BIGINT NOT NULL,
  ends_at BIGINT NOT NULL,
  state TEXT NOT NULL,
  reason TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  decided_by BIGINT REFERENCES users(id),
  decided_at BIGINT,
  CHECK (ends_at > starts_at)
);
CREATE INDEX support_bookings_venue ON support_bookings (venue_id, starts_at);
CREATE INDEX support_bookings_booker ON support_bookings (booker_id, starts_at);
CREATE INDEX support_bookings_state ON support_bookings (district_code, state);
CREATE TABLE support_booking_slots (
  district_code TEXT NOT NULL,
  venue_id BIGINT NOT NULL REFERENCES support_venues(id),
  slot_start BIGINT NOT NULL,
  booking_id BIGINT NOT NULL REFERENCES support_bookings(id),
  PRIMARY KEY (venue_id, slot_start)
);
CREATE INDEX support_booking_slots_booking ON support_booking_slots (booking_id);
)SQL";

}  // namespace

Migration BudgetTablesMigration(int version);    // budget_schema.cc
Migration RosterTablesMigration(int version);    // roster_schema.cc
Migration ActivityTablesMigration(int version);  // activity_schema.cc
Migration BudgetApprovalMigration(int version);  // budget_approval_schema.cc
Migration CalendarLinkMigration(int version);    // calendar_link_schema.cc
Migration BudgetDeadlineMigration(int version);  // budget_deadline_schema.cc
Migration RosterLookupMigration(int version);    // roster_lookup_schema.cc
Migration VenueFeedMigration(int version);       // venue_feed_schema.cc
Migration VenuePhotoMigration(int version);      // venue_photo_schema.cc

// The stream's one list: venues came first, the budget tables second, the roster third,
// in-service party members and volunteer activities fourth, the approval chain of spending
// records fifth, personal calendar links sixth, the approval steps' deadlines seventh, the roster's ID-number
// lookup eighth, venue calendar links ninth, venue photos tenth.
std::vector<Migration> SupportMigrations() {
  return {
      {1, "venues, bookings and the half-hour slots they hold", kV1, "", ""},
      BudgetTablesMigration(2),
      RosterTablesMigration(3),
      ActivityTablesMigration(4),
      BudgetApprovalMigration(5),
      CalendarLinkMigration(6),
      BudgetDeadlineMigration(7),
      RosterLookupMigration(8),
      VenueFeedMigration(9),
      VenuePhotoMigration(10),
  };
}

}  // namespace sanwang::store
