// The OpenAPI shapes of the venue and booking routes (venue_routes.cc, booking_routes.cc):
// what venue_json.cc renders and reads, written down for the document (api/openapi_schema.h).
// A field added there is added here too; scripts/openapi-conformance.sh checks the two
// against each other on every request the API tests send.
#pragma once

#include <nlohmann/json.hpp>

namespace sanwang::api {

nlohmann::json VenueSchema();
nlohmann::json VenueListSchema();
// The body of POST /venues (`creating`: owner, name, kind and capacity required) and PUT.
nlohmann::json VenueBodySchema(bool creating);
nlohmann::json BookingSchema();
// The most bookings one page of a list holds (page_size).
inline constexpr int kMaxBookingPageSize = 200;
// A page of bookings with the total (ParsePage).
nlohmann::json BookingListSchema();
nlohmann::json NewBookingSchema();
// A date range of a venue: its hours per day and the bookings holding slots.
nlohmann::json VenueScheduleSchema();
// A unit's or a venue's usage over a date range (support/venue_usage_report.h).
nlohmann::json VenueUsageSchema();
// The optional body of a decision on a booking: the reason.
nlohmann::json BookingDecisionSchema();
// A venue's photo without its bytes, and the list of them with may_manage.
nlohmann::json VenuePhotoSchema();
nlohmann::json VenuePhotoListSchema();
// The body of an upload: the image itself.
nlohmann::json VenuePhotoUploadSchema();

}  // namespace sanwang::api
