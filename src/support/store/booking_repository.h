// Keeps the bookings of venues (support_bookings) and the half-hour slots they hold
// (support_booking_slots, docs/architecture.md §7 and support_schema.cc). The one promise
// kept here: a booking that holds a slot is written together with one slot row per half
// hour it covers, in one transaction, and the slots' key (venue_id, slot_start) refuses a
// second holder — on SQLite and PostgreSQL alike — so overlapping bookings never both
// exist. Such a refusal is Conflict and writes nothing. Releasing a booking (refused,
// cancelled) deletes its slot rows in the same transaction as its new state.
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "store/database.h"
#include "support/store/venue_records.h"

namespace sanwang::store {

// The length of a slot: bookings start and end on :00 or :30.
inline constexpr std::int64_t kBookingSlotSeconds = 1800;
inline constexpr const char* kVenueTakenMessage = "该时段已被预订 the venue is already booked for that time";

struct BookingQuery {
  std::string district_code;
  std::optional<Id> venue_id;
  std::optional<Id> booker_id;
  // Only bookings of venues whose owner unit lies under this units.path ("/1/3/"); empty:
  // every unit.
  std::string owner_path;
  std::set<std::string> states;  // empty: every state
  // Only bookings that overlap [from, to); 0 for no bound.
  std::int64_t from = 0;
  std::int64_t to = 0;
  // 0: earliest start first. Otherwise the bookings that have not ended by this time come
  // first, the soonest first, then the ended ones, the latest first (a booker's own list).
  std::int64_t upcoming_first_at = 0;
  std::size_t limit = 500;
  std::size_t offset = 0;  // rows of the order passed over first (paging)
};

// A change of state: the states it may start from, and what releases the slots.
struct BookingChange {
  Id id = 0;
  std::set<std::string> from_states;
  std::string to_state;
  std::string reason;
  std::optional<Id> decided_by;
  std::int64_t decided_at = 0;
  bool release_slots = false;
};

class BookingRepository {
 public:
  explicit BookingRepository(Database& db) : db_(db) {}

  // Stores a booking and, when its state holds a slot (pending, accepted), its slots.
  // Conflict (kVenueTakenMessage) when one of them is held already; InvalidArgument when
  // the times are off the grid.
  Result<BookingRecord> Insert(BookingRecord booking);
  // Applies a change; FailedPrecondition when the booking is no longer in a from-state.
  Status Change(const BookingChange& change);
  Result<BookingRecord> Get(Id id);
  // In the query's order (earliest first unless upcoming_first_at), `limit` of them after
  // `offset`.
  Result<std::vector<BookingRecord>> List(const BookingQuery& query);
  // How many the query selects, regardless of its limit and offset.
  Result<std::int64_t> Count(const BookingQuery& query);
  // The times of the bookings the query selects, without their people or purposes: each
  // record holds only id, venue_id, state, starts_at and ends_at (usage statistics). No
  // limit: the caller bounds the dates.
  Result<std::vector<BookingRecord>> Times(const BookingQuery& query);
  // The venue's held slots, earliest first (tests and consistency checks).
  Result<std::vector<BookingSlotRecord>> Slots(Id venue_id);

 private:
  Status InsertSlots(const BookingRecord& booking);

  Database& db_;
};

// Whether bookings in this state hold their slots.
bool HoldsSlots(const std::string& state);

}  // namespace sanwang::store
