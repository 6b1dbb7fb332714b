// Who may call the venue and booking routes (venue_routes.cc, booking_routes.cc): every
// signed-in person reads venues; all but the auditor book and cancel their own bookings; the managers of a
// venue of community C — its community staff, the street's staff above it and admins —
// create and edit venues and decide bookings. community2 manages another community and is
// refused. Usage statistics go to the managers and the district-wide roles (command centre,
// supervisors, leaders, admins); each reader's own unit is the default. Each probe books a time of its own,
// so no probe meets another's booking.
#include <memory>

#include "api/access_matrix.h"
#include "support/api/venue_test_support.h"

namespace sanwang::api {

void AddVenueAccessRows(ApiTest& test, AccessRows& rows) {
  const std::int64_t venue = MakeVenue(test, {{"needs_approval", true}});
  const std::string base = "/api/v1/venues/" + std::to_string(venue);
  auto slot = std::make_shared<int>(0);
  auto get = [&test](const std::string& target) {
    return [&test, target](const std::string& who) { return test.As(who, "GET", target); };
  };
  auto book = [&test, base, slot](const std::string& who) {
    return test.As(who, "POST", base + "/bookings", BookingBody((*slot)++, 1));
  };
  // A pending booking by resident1, then `action` on it as `who`.
  auto decide = [&test, base, slot](const std::string& action, const nlohmann::json& body) {
    return [&test, base, slot, action, body](const std::string& who) {
      HttpResponse made = test.As("resident1", "POST", base + "/bookings", BookingBody((*slot)++, 1));
      EXPECT_EQ(made.status, 201) << made.body;
      const std::string id = std::to_string(ApiTest::Json(made)["id"].get<std::int64_t>());
      return test.As(who, "POST", "/api/v1/bookings/" + id + "/" + action, body);
    };
  };
  // `who` cancels their own booking; one who may not book (the anonymous caller, the
  // auditor) tries resident1's.
  auto cancel_own = [&test, base, slot](const std::string& who) {
    HttpResponse made =
        test.As(who.empty() ? "resident1" : who, "POST", base + "/bookings", BookingBody((*slot)++, 1));
    if (made.status != 201)
      made = test.As("resident1", "POST", base + "/bookings", BookingBody((*slot)++, 1));
    const std::string id = std::to_string(ApiTest::Json(made)["id"].get<std::int64_t>());
    return test.As(who, "POST", "/api/v1/bookings/" + id + "/cancel");
  };
  auto no_show = [&test, venue, slot](const std::string& who) {
    // Back from 2026-11-30T08:00+08:00, an hour before the test clock's now.
    const std::int64_t past = 1795996800 - std::int64_t{(*slot)++} * 1800;
    const std::int64_t id = StoreBooking(test, venue, "resident1", past);
    return test.As(who, "POST", "/api/v1/bookings/" + std::to_string(id) + "/no-show");
  };
  auto create = [&test](const std::string& who) {
    return test.As(
        who, "POST", "/api/v1/venues",
        {{"owner_unit_code", "C"}, {"name", "阅览室"}, {"kind", "reading_space"}, {"capacity", 10}});
  };
  auto edit = [&test, base](const std::string& who) { return test.As(who, "PUT", base, {{"capacity", 31}}); };
  const std::set<std::string> managers = {"community", "street", "admin"};
  rows.insert({
      {"GET /api/v1/venues", {get("/api/v1/venues"), SignedInCallers()}},
      {"GET /api/v1/venues/{id}", {get(base), SignedInCallers()}},
      {"POST /api/v1/venues", {create, managers}},
      {"PUT /api/v1/venues/{id}", {edit, managers}},
      {"GET /api/v1/venues/{id}/bookings",
       {get(base + "/bookings?from=2026-12-01&to=2026-12-07"), SignedInCallers()}},
      {"POST /api/v1/venues/{id}/bookings", {book, SignedInButTheOfficers()}},
      {"GET /api/v1/venues/usage",
       {get("/api/v1/venues/usage?from=2026-11-01&to=2026-11-30"),
        {"community", "community2", "street", "center", "supervisor", "leader", "admin"}}},
      {"GET /api/v1/venues/{id}/usage",
       {get(base + "/usage"), {"community", "street", "center", "supervisor", "leader", "admin"}}},
      {"GET /api/v1/venues/{id}/calendar.ics", {get(base + "/calendar.ics"), SignedInCallers()}},
      {"GET /api/v1/bookings/mine", {get("/api/v1/bookings/mine"), SignedInCallers()}},
      // community2 manages C2's venues: an empty list, not a refusal.
      {"GET /api/v1/bookings",
       {get("/api/v1/bookings?state=pending"), {"community", "community2", "street", "admin"}}},
      {"POST /api/v1/bookings/{id}/approve", {decide("approve", nullptr), managers}},
      {"POST /api/v1/bookings/{id}/refuse", {decide("refuse", {{"reason", "场地维修 repairs"}}), managers}},
      {"POST /api/v1/bookings/{id}/cancel", {cancel_own, SignedInButTheOfficers()}},
      {"POST /api/v1/bookings/{id}/no-show", {no_show, managers}},
  });
}

}  // namespace sanwang::api
