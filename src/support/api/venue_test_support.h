// Helpers shared by the venue API tests, the access rows and the concurrency test: a venue
// made through the API, and bookings written straight to the store. Test code.
#pragma once

#include <string>

#include "api/api_test_fixture.h"
#include "store/user_repository.h"
#include "support/store/booking_repository.h"

namespace sanwang::api {

// A venue of community C, open every day round the clock, booked up to 30 days ahead for
// up to a day; `extra` fields replace the defaults. Returns its id (0 on failure).
inline std::int64_t MakeVenue(ApiTest& test, const nlohmann::json& extra = nlohmann::json::object()) {
  nlohmann::json body = {
      {"owner_unit_code", "C"},  {"name", "社区活动室"},
      {"kind", "activity_room"}, {"address", "建设路1号"},
      {"capacity", 30},          {"hours", {{"workday", "00:00-24:00"}, {"rest_day", "00:00-24:00"}}},
      {"max_days_ahead", 30},    {"max_minutes", 1440}};
  body.update(extra);
  HttpResponse r = test.As("admin", "POST", "/api/v1/venues", body);
  EXPECT_EQ(r.status, 201) << r.body;
  return r.status == 201 ? ApiTest::Json(r)["id"].get<std::int64_t>() : 0;
}

// "2026-12-01T00:00:00+08:00" plus `slot` half hours: a day after the test clock's now.
inline std::string SlotTime(int slot) { return FormatIso8601(1796054400 + std::int64_t{slot} * 1800); }

inline nlohmann::json BookingBody(int first_slot, int slots, int people = 5) {
  return {{"starts_at", SlotTime(first_slot)},
          {"ends_at", SlotTime(first_slot + slots)},
          {"purpose", "读书会"},
          {"people", people}};
}

// An accepted booking by `username` written to the store directly, at any time (the past
// included, which the API refuses).
inline std::int64_t StoreBooking(ApiTest& test, std::int64_t venue, const std::string& username,
                                 std::int64_t starts_at, const std::string& state = "accepted") {
  auto user = store::UserRepository(test.direct_db()).FindByUsername(username);
  EXPECT_TRUE(user.ok() && user->has_value());
  store::BookingRecord b;
  b.district_code = "411002";
  b.venue_id = venue;
  b.booker_id = (*user)->id;
  b.purpose = "排练";
  b.people = 3;
  b.starts_at = starts_at;
  b.ends_at = starts_at + 1800;
  b.state = state;
  b.created_at = starts_at - 86400;
  auto stored = store::BookingRepository(test.direct_db()).Insert(b);
  EXPECT_TRUE(stored.ok()) << stored.status().ToString();
  return stored.ok() ? stored->id : 0;
}

}  // namespace sanwang::api
