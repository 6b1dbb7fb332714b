// The support net's venues over HTTP (docs/architecture.md §8): list, read, create and edit
// venues, a venue's busy slots for a week calendar, booking it, and its iCalendar feed.
// Every decision is support/venue_bookings.h's or venue_access.h's; this file turns HTTP
// into those calls and answers back.
#include <chrono>

#include "api/api.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "support/api/venue_json.h"
#include "support/api/venue_schemas.h"
#include "support/opening_hours.h"
#include "support/store/booking_repository.h"
#include "support/store/venue_repository.h"
#include "support/venue.h"
#include "support/venue_access.h"
#include "support/venue_bookings.h"
#include "support/venue_feed.h"
#include "support/venue_usage_report.h"

namespace sanwang::api {
namespace {

// A calendar view asks for at most about two months at once.
constexpr int kMaxRangeDays = 62;

Result<store::VenueQuery> VenueFilter(const Call& call) {
  store::VenueQuery query;
  query.district_code = call.district();
  query.active_only = false;  // inactive ones are filtered by who may see them
  const std::string unit = call.request.Query("unit");
  if (!unit.empty()) {
    const store::UnitRecord* found = call.domain->org.FindByCode(unit);
    if (found == nullptr) return InvalidArgument("单位不存在 no unit '" + unit + "'", "unit");
    query.owner_unit_id = found->id;
  }
  query.kind = call.request.Query("kind");
  if (!query.kind.empty() && !support::IsVenueKind(query.kind)) {
    return InvalidArgument("未知的场地类型 unknown venue kind '" + query.kind + "'", "kind");
  }
  return query;
}

Result<HttpResponse> ListVenues(Call& call) {
  SW_ASSIGN_OR_RETURN(store::VenueQuery query, VenueFilter(call));
  SW_ASSIGN_OR_RETURN(auto venues, store::VenueRepository(call.db).List(query));
  nlohmann::json items = nlohmann::json::array();
  for (const store::VenueRecord& v : venues) {
    if (!support::SeesVenue(call.domain->org, call.actor(), v)) continue;
    nlohmann::json item = VenueJson(v);
    item["manage"] = support::ManagesVenue(call.domain->org, call.actor(), v);
    items.push_back(std::move(item));
  }
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> GetVenue(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto venue, support::FindVenue(call.db, call.domain->org, call.actor(), id));
  nlohmann::json body = VenueJson(venue);
  body["manage"] = support::ManagesVenue(call.domain->org, call.actor(), venue);
  return JsonResponse(200, body);
}

Result<HttpResponse> CreateVenue(Call& call) {
  SW_ASSIGN_OR_RETURN(store::VenueRecord venue, VenueFromJson(call.request.body, {}, true));
  SW_ASSIGN_OR_RETURN(venue, support::CreateVenue(call.db, call.domain->org, call.actor(), venue));
  return JsonResponse(201, VenueJson(venue));
}

Result<HttpResponse> UpdateVenue(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto stored, support::FindVenue(call.db, call.domain->org, call.actor(), id));
  SW_ASSIGN_OR_RETURN(store::VenueRecord venue, VenueFromJson(call.request.body, stored, false));
  SW_ASSIGN_OR_RETURN(venue, support::UpdateVenue(call.db, call.domain->org, call.actor(), venue));
  return JsonResponse(200, VenueJson(venue));
}

// [from, to] as local dates; from defaults to today, to to six days later.
Result<std::pair<UnixSeconds, UnixSeconds>> DateRange(const Call& call) {
  const std::string from_text = call.request.Query("from"), to_text = call.request.Query("to");
  LocalDate from = LocalDateOf(call.api.clock().Now());
  if (!from_text.empty()) {
    SW_ASSIGN_OR_RETURN(from, ParseDay(from_text, "from"));
  }
  LocalDate to = std::chrono::sys_days(from) + std::chrono::days(6);
  if (!to_text.empty()) {
    SW_ASSIGN_OR_RETURN(to, ParseDay(to_text, "to"));
  }
  const auto days = (std::chrono::sys_days(to) - std::chrono::sys_days(from)).count();
  if (days < 0 || days >= kMaxRangeDays) {
    return InvalidArgument("日期范围应为 1 到 62 天 from..to must span 1 to 62 days", "to");
  }
  return std::pair{StartOfLocalDay(from), StartOfLocalDay(std::chrono::sys_days(to) + std::chrono::days(1))};
}

// Each date of the range with the venue's hours on it, from the working calendar: the
// browser draws the week from these and knows no calendar of its own.
nlohmann::json DaysJson(const WorkingCalendar& calendar, const store::VenueRecord& venue,
                        const std::pair<UnixSeconds, UnixSeconds>& range) {
  nlohmann::json days = nlohmann::json::array();
  const std::chrono::sys_days last = LocalDateOf(range.second - 1);
  for (std::chrono::sys_days d = LocalDateOf(range.first); d <= last; d += std::chrono::days(1)) {
    days.push_back({{"date", FormatDate(d)},
                    {"hours", support::HoursTextOn(calendar, d, venue.workday_hours, venue.rest_day_hours)}});
  }
  return days;
}

Result<HttpResponse> VenueBookings(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto venue, support::FindVenue(call.db, call.domain->org, call.actor(), id));
  SW_ASSIGN_OR_RETURN(auto range, DateRange(call));
  store::BookingQuery query;
  query.district_code = venue.district_code;
  query.venue_id = venue.id;
  query.states = {"pending", "accepted"};
  query.from = range.first;
  query.to = range.second;
  query.limit = 5000;
  SW_ASSIGN_OR_RETURN(auto bookings, store::BookingRepository(call.db).List(query));
  nlohmann::json items = nlohmann::json::array();
  for (const store::BookingRecord& b : bookings) {
    items.push_back(BookingJson(b, support::IsBooker(call.actor(), b),
                                support::SeesBookingDetails(call.domain->org, call.actor(), b)));
  }
  return JsonResponse(200, {{"venue", VenueJson(venue)},
                            {"from", FormatIso8601(range.first)},
                            {"to", FormatIso8601(range.second)},
                            {"days", DaysJson(call.api.calendar(), venue, range)},
                            {"items", items}});
}

// [from, to] of a usage report; by default the thirty days up to today.
Result<support::UsageRange> UsageRange(const Call& call) {
  const UnixSeconds now = call.api.clock().Now();
  support::UsageRange range{LocalDateOf(now), LocalDateOf(now), now};
  range.from = std::chrono::sys_days(range.to) - std::chrono::days(29);
  if (const std::string from = call.request.Query("from"); !from.empty()) {
    SW_ASSIGN_OR_RETURN(range.from, ParseDay(from, "from"));
  }
  if (const std::string to = call.request.Query("to"); !to.empty()) {
    SW_ASSIGN_OR_RETURN(range.to, ParseDay(to, "to"));
  }
  return range;
}

// The unit named by `unit`; by default the caller's own, or the district for the
// district-wide roles.
Result<store::Id> UsageUnit(const Call& call) {
  const std::string code = call.request.Query("unit");
  if (!code.empty()) {
    const store::UnitRecord* found = call.domain->org.FindByCode(code);
    if (found == nullptr) return InvalidArgument("单位不存在 no unit '" + code + "'", "unit");
    return found->id;
  }
  const cases::Actor& actor = call.actor();
  if (actor.unit_id && !org::InSet(org::DistrictWideRoles(), actor.role)) return *actor.unit_id;
  return call.domain->org.Root()->id;
}

Result<HttpResponse> UnitUsage(Call& call) {
  SW_ASSIGN_OR_RETURN(store::Id unit, UsageUnit(call));
  SW_ASSIGN_OR_RETURN(support::UsageRange range, UsageRange(call));
  SW_ASSIGN_OR_RETURN(auto report, support::UnitVenueUsage(call.db, call.domain->org, call.actor(),
                                                           call.api.calendar(), unit, range));
  return JsonResponse(200, VenueUsageJson(report));
}

Result<HttpResponse> VenueUsage(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(support::UsageRange range, UsageRange(call));
  SW_ASSIGN_OR_RETURN(auto report, support::OneVenueUsage(call.db, call.domain->org, call.actor(),
                                                          call.api.calendar(), id, range));
  return JsonResponse(200, VenueUsageJson(report));
}

Result<HttpResponse> BookVenue(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(support::BookingRequest request, BookingRequestFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto booking,
                      support::BookVenue(call.db, call.domain->org, call.actor(), call.api.calendar(), id,
                                         request, call.api.clock().Now()));
  return JsonResponse(201, BookingJson(booking, true, true));
}

Result<HttpResponse> VenueFeed(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto venue, support::FindVenue(call.db, call.domain->org, call.actor(), id));
  HttpResponse r;
  r.content_type = "text/calendar; charset=utf-8";
  SW_ASSIGN_OR_RETURN(r.body, support::VenueFeedText(call.db, venue, call.api.clock().Now()));
  return r;
}

}  // namespace

void AddVenueRoutes(Api& api) {
  api.Add(
      "GET", "/api/v1/venues", Access::SignedIn(),
      RouteDoc{
          "listVenues",
          "Venues (阵地, shared venues) the caller may see: active ones, and inactive ones of units the "
          "caller "
          "manages; filters `unit` (owner unit code) and `kind`. `manage`: whether the caller manages the "
          "venue."}
          .Answers(VenueListSchema())
          .Query(UnitParameter("Venues this unit owns."))
          .Query("kind", schema::WithExample(schema::String(), "meeting_room"), "One kind of venue only."),
      FromResult(ListVenues));
  api.Add(
      "POST", "/api/v1/venues", Access::Roles(org::VenueManagerRoles()),
      RouteDoc{
          "createVenue",
          "Create a venue owned by a community, a street or the district in the caller's scope: name, kind, "
          "address, lon/lat (WGS-84), capacity, hours {workday, rest_day} (\"08:30-21:00\", \"\" when "
          "closed), "
          "open_to (public or staff), max_days_ahead, max_minutes, needs_approval, active."}
          .Takes(VenueBodySchema(true))
          .Answers(VenueSchema(), 201),
      FromResult(CreateVenue));
  // Before /venues/{id}, which would take "usage" for an id.
  api.Add(
      "GET", "/api/v1/venues/usage", Access::Roles(org::VenueUsageReaderRoles()),
      RouteDoc{
          "getVenueUsage",
          "Usage statistics (使用统计) of the venues a unit and the units below it own, between the dates "
          "`from` and `to` (inclusive, at most 366 days; default the last 30 days): per venue, per unit "
          "(the unit's own venues, then each unit one tier below) and in total — hours open on the "
          "working calendar, hours booked (accepted bookings, no-shows included), hours used "
          "(accepted, not no-show, up to now), occupancy = booked ÷ open — and booked and open hours "
          "per weekday × hour for a heat map. For the unit's venue managers and the district-wide "
          "roles; `unit` defaults to the caller's unit (the district for district-wide roles)."}
          .Answers(VenueUsageSchema())
          .Query(UnitParameter("The unit whose venues (its own and those below it) are counted."))
          .Query(DayPeriodParameters("by default the last 30 days; at most 366 days.")),
      FromResult(UnitUsage));
  api.Add(
      "GET", "/api/v1/venues/{id}/usage", Access::Roles(org::VenueUsageReaderRoles()),
      RouteDoc{"getOneVenueUsage",
               "The usage statistics of one venue between `from` and `to`, as /venues/usage gives them; for "
               "its managers and the district-wide roles."}
          .Answers(VenueUsageSchema())
          .Query(DayPeriodParameters("by default the last 30 days; at most 366 days.")),
      FromResult(VenueUsage));
  api.Add(
      "GET", "/api/v1/venues/{id}", Access::SignedIn(),
      RouteDoc{"getVenue", "One venue, with `manage`: whether the caller manages it."}.Answers(VenueSchema()),
      FromResult(GetVenue));
  api.Add("PUT", "/api/v1/venues/{id}", Access::Roles(org::VenueManagerRoles()),
          RouteDoc{"updateVenue", "Edit a venue the caller manages; fields left out keep their values."}
              .Takes(VenueBodySchema(false))
              .Answers(VenueSchema()),
          FromResult(UpdateVenue));
  api.Add(
      "GET", "/api/v1/venues/{id}/bookings", Access::SignedIn(),
      RouteDoc{"listVenueBookings",
               "The venue's pending and accepted bookings between the dates `from` and `to` (inclusive, at "
               "most 62 "
               "days; default this week): times for everyone, purpose and booker only for the booker and the "
               "venue's managers (others see 已预订 booked); `days` gives each date's opening hours from the "
               "working "
               "calendar (\"\" when closed)."}
          .Answers(VenueScheduleSchema())
          .Query(DayPeriodParameters("by default this week; at most 62 days.")),
      FromResult(VenueBookings));
  api.Add("POST", "/api/v1/venues/{id}/bookings", Access::Roles(org::VenueBookerRoles()),
          RouteDoc{"bookVenue",
                   "Book a venue: starts_at and ends_at (ISO 8601, on the half hour), purpose, people. "
                   "Accepted at once, "
                   "or pending when the venue needs approval; 409 when the time is already booked."}
              .Takes(NewBookingSchema())
              .Answers(BookingSchema(), 201)
              .Refuses({409}),
          FromResult(BookVenue));
  api.Add("GET", "/api/v1/venues/{id}/calendar.ics", Access::SignedIn(),
          RouteDoc{"getVenueCalendar",
                   "The venue's accepted bookings as an iCalendar feed (text/calendar, RFC 5545): purposes, "
                   "never bookers."}
              .AnswersFile("text/calendar"),
          FromResult(VenueFeed));
}

}  // namespace sanwang::api
