#include "support/store/booking_repository.h"

#include "store/sql_text.h"

namespace sanwang::store {
namespace {

constexpr const char* kSelect =
    "SELECT b.id, b.district_code, b.venue_id, b.booker_id, b.purpose, b.people, b.starts_at, b.ends_at, "
    "b.state, b.reason, b.created_at, b.decided_by, b.decided_at, v.name, v.owner_unit_id, u.display_name, "
    "v.address "
    "FROM support_bookings b JOIN support_venues v ON v.id = b.venue_id JOIN users u ON u.id = b.booker_id";

BookingRecord FromRow(const Row& r) {
  BookingRecord b;
  b.id = r.Int(0);
  b.district_code = r.Text(1);
  b.venue_id = r.Int(2);
  b.booker_id = r.Int(3);
  b.purpose = r.Text(4);
  b.people = r.Int(5);
  b.starts_at = r.Int(6);
  b.ends_at = r.Int(7);
  b.state = r.Text(8);
  b.reason = r.Text(9);
  b.created_at = r.Int(10);
  b.decided_by = r.OptInt(11);
  b.decided_at = r.OptInt(12);
  b.venue_name = r.Text(13);
  b.venue_owner_unit_id = r.Int(14);
  b.booker_name = r.Text(15);
  b.venue_address = r.Text(16);
  return b;
}

}  // namespace

bool HoldsSlots(const std::string& state) { return state == "pending" || state == "accepted"; }

Result<BookingRecord> BookingRepository::Insert(BookingRecord booking) {
  if (booking.starts_at % kBookingSlotSeconds != 0 || booking.ends_at % kBookingSlotSeconds != 0 ||
      booking.ends_at <= booking.starts_at) {
    return InvalidArgument("预订时间须在半点网格上 a booking must start and end on the half hour",
                           "starts_at");
  }
  Status status = db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(
        auto rows,
        db_.Query("INSERT INTO support_bookings (district_code, venue_id, booker_id, purpose, people, "
                  "starts_at, ends_at, state, reason, created_at, decided_by, decided_at) VALUES "
                  "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                  {booking.district_code, booking.venue_id, booking.booker_id, booking.purpose,
                   booking.people, booking.starts_at, booking.ends_at, booking.state, booking.reason,
                   booking.created_at, Nullable(booking.decided_by), Nullable(booking.decided_at)}));
    booking.id = rows.at(0).Int(0);
    if (!HoldsSlots(booking.state)) return Status::Ok();
    return InsertSlots(booking);
  });
  if (!status.ok()) return status;
  return Get(booking.id);
}

// One statement for all the booking's slots: the key refuses the whole statement if any
// one is held, and the transaction around it then leaves no trace of the booking.
Status BookingRepository::InsertSlots(const BookingRecord& booking) {
  std::string sql =
      "INSERT INTO support_booking_slots (district_code, venue_id, slot_start, booking_id) VALUES ";
  SqlParams params;
  for (std::int64_t t = booking.starts_at; t < booking.ends_at; t += kBookingSlotSeconds) {
    sql += params.empty() ? "(?, ?, ?, ?)" : ", (?, ?, ?, ?)";
    params.insert(params.end(), {booking.district_code, booking.venue_id, t, booking.id});
  }
  Status inserted = db_.Execute(sql, params).status();
  if (inserted.code() == ErrorCode::kAlreadyExists) return Conflict(kVenueTakenMessage);
  return inserted;
}

Status BookingRepository::Change(const BookingChange& change) {
  return db_.InTransaction([&]() -> Status {
    SqlParams params = {change.to_state, change.reason, Nullable(change.decided_by), change.decided_at,
                        change.id};
    const std::string states = InList(change.from_states, params);
    SW_ASSIGN_OR_RETURN(auto changed,
                        db_.Execute("UPDATE support_bookings SET state = ?, reason = ?, decided_by = ?, "
                                    "decided_at = ? WHERE id = ? AND state IN " +
                                        states,
                                    params));
    if (changed == 0)
      return FailedPrecondition("预订状态已变化 the booking is no longer in a state that allows this");
    if (!change.release_slots) return Status::Ok();
    return db_.Execute("DELETE FROM support_booking_slots WHERE booking_id = ?", {change.id}).status();
  });
}

Result<BookingRecord> BookingRepository::Get(Id id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(std::string(kSelect) + " WHERE b.id = ?", {id}));
  if (rows.empty()) return NotFound("预订不存在 no such booking");
  return FromRow(rows.front());
}

namespace {

// The WHERE clause of a query, from "WHERE" on, its parameters added to `params`.
std::string Where(const BookingQuery& query, SqlParams& params) {
  std::string sql = " WHERE b.district_code = ?";
  params.push_back(query.district_code);
  if (query.venue_id) {
    sql += " AND b.venue_id = ?";
    params.push_back(*query.venue_id);
  }
  if (query.booker_id) {
    sql += " AND b.booker_id = ?";
    params.push_back(*query.booker_id);
  }
  if (!query.owner_path.empty()) {
    sql += " AND v.owner_unit_id IN (SELECT id FROM units WHERE path LIKE ?)";
    params.push_back(query.owner_path + "%");
  }
  if (!query.states.empty()) sql += " AND b.state IN " + InList(query.states, params);
  if (query.from != 0) {
    sql += " AND b.ends_at > ?";
    params.push_back(query.from);
  }
  if (query.to != 0) {
    sql += " AND b.starts_at < ?";
    params.push_back(query.to);
  }
  return sql;
}

}  // namespace

Result<std::vector<BookingRecord>> BookingRepository::List(const BookingQuery& query) {
  SqlParams params;
  std::string sql = std::string(kSelect) + Where(query, params);
  if (query.upcoming_first_at != 0) {
    // Two keys: the upcoming ones by start ascending (the ended ones' key is NULL, after
    // them on both engines once the group comes first), then the ended ones descending.
    sql +=
        " ORDER BY CASE WHEN b.ends_at > ? THEN 0 ELSE 1 END, CASE WHEN b.ends_at > ? THEN b.starts_at END,"
        " b.starts_at DESC, b.id DESC";
    params.push_back(query.upcoming_first_at);
    params.push_back(query.upcoming_first_at);
  } else {
    sql += " ORDER BY b.starts_at, b.id";
  }
  sql += " LIMIT ? OFFSET ?";
  params.push_back(static_cast<std::int64_t>(query.limit));
  params.push_back(static_cast<std::int64_t>(query.offset));
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  std::vector<BookingRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(FromRow(r));
  return out;
}

Result<std::int64_t> BookingRepository::Count(const BookingQuery& query) {
  SqlParams params;
  const std::string sql =
      "SELECT COUNT(*) FROM support_bookings b JOIN support_venues v ON v.id = b.venue_id" +
      Where(query, params);
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  return rows.at(0).Int(0);
}

Result<std::vector<BookingRecord>> BookingRepository::Times(const BookingQuery& query) {
  SqlParams params;
  const std::string sql =
      "SELECT b.id, b.venue_id, b.state, b.starts_at, b.ends_at FROM support_bookings b "
      "JOIN support_venues v ON v.id = b.venue_id" +
      Where(query, params) + " ORDER BY b.starts_at, b.id";
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, params));
  std::vector<BookingRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) {
    BookingRecord b;
    b.id = r.Int(0);
    b.district_code = query.district_code;
    b.venue_id = r.Int(1);
    b.state = r.Text(2);
    b.starts_at = r.Int(3);
    b.ends_at = r.Int(4);
    out.push_back(std::move(b));
  }
  return out;
}

Result<std::vector<BookingSlotRecord>> BookingRepository::Slots(Id venue_id) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT venue_id, slot_start, booking_id FROM support_booking_slots "
                                "WHERE venue_id = ? ORDER BY slot_start",
                                {venue_id}));
  std::vector<BookingSlotRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back({r.Int(0), r.Int(1), r.Int(2)});
  return out;
}

}  // namespace sanwang::store
