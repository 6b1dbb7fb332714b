// Calendar links over HTTP: the signed-in person reads, makes and rotates their calendar
// link; a venue's managers publish, rotate and unpublish the venue's; calendar programs
// fetch either feed at the link's secret address with no other credential. The rules are
// support/calendar_link.h's, person_calendar.h's and venue_feed.h's; the secret is made and
// hashed as session tokens are (api/auth.h).
#include "api/api.h"
#include "api/openapi_schema.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "org/roles.h"
#include "support/api/calendar_schemas.h"
#include "support/calendar_link.h"
#include "support/person_calendar.h"
#include "support/venue_feed.h"

namespace sanwang::api {
namespace {

support::LinkSecret NewLinkSecret() {
  std::string token = NewToken();
  std::string hash = HashToken(token);
  return {std::move(token), std::move(hash)};
}

nlohmann::json LinkJson(bool active, UnixSeconds created_at) {
  return {{"active", active},
          {"created_at", active ? nlohmann::json(FormatIso8601(created_at)) : nlohmann::json(nullptr)}};
}

// The feed's path: what the browser turns into the address to copy.
nlohmann::json NewLinkJson(const support::NewCalendarLink& link,
                           const std::string& prefix = "/api/v1/calendar/") {
  nlohmann::json body = LinkJson(true, link.created_at);
  body["path"] = prefix + link.token + ".ics";
  return body;
}

constexpr const char* kVenueFeeds = "/api/v1/calendar/venues/";

Result<HttpResponse> GetLink(Call& call) {
  SW_ASSIGN_OR_RETURN(auto state, support::CalendarLinkOf(call.db, call.actor()));
  return JsonResponse(200, LinkJson(state.active, state.created_at));
}

Result<HttpResponse> CreateLink(Call& call) {
  SW_ASSIGN_OR_RETURN(auto link, support::CreateCalendarLink(call.db, call.district(), call.actor(),
                                                             NewLinkSecret, call.api.clock().Now()));
  return JsonResponse(201, NewLinkJson(link));
}

Result<HttpResponse> RotateLink(Call& call) {
  SW_ASSIGN_OR_RETURN(auto link, support::RotateCalendarLink(call.db, call.district(), call.actor(),
                                                             NewLinkSecret, call.api.clock().Now()));
  return JsonResponse(200, NewLinkJson(link));
}

// The token is the only credential: it is hashed and looked up, never compared as stored.
Result<HttpResponse> Feed(Call& call) {
  const std::string district = call.district();
  SW_ASSIGN_OR_RETURN(store::Id person,
                      support::CalendarOwner(call.db, district, HashToken(call.params["token"])));
  const UnixSeconds now = call.api.clock().Now();
  SW_ASSIGN_OR_RETURN(auto source, support::ReadPersonCalendar(call.db, district, person, now));
  HttpResponse r;
  r.content_type = "text/calendar; charset=utf-8";
  r.body = support::PersonCalendar(source, now);
  // One person's plans: no shared cache keeps them.
  r.headers.emplace("Cache-Control", "private, no-store");
  return r;
}

Result<HttpResponse> GetVenueLink(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto state, support::VenueFeedLinkOf(call.db, call.domain->org, call.actor(), id));
  return JsonResponse(200, LinkJson(state.active, state.created_at));
}

Result<HttpResponse> RotateVenueLink(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto link, support::RotateVenueFeedLink(call.db, call.domain->org, call.actor(), id,
                                                              NewLinkSecret, call.api.clock().Now()));
  return JsonResponse(200, NewLinkJson(link, kVenueFeeds));
}

Result<HttpResponse> RemoveVenueLink(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_RETURN_IF_ERROR(support::RemoveVenueFeedLink(call.db, call.domain->org, call.actor(), id));
  return JsonResponse(200, LinkJson(false, 0));
}

Result<HttpResponse> PublishedVenueFeed(Call& call) {
  SW_ASSIGN_OR_RETURN(auto venue,
                      support::PublishedVenue(call.db, call.domain->org, HashToken(call.params["token"])));
  HttpResponse r;
  r.content_type = "text/calendar; charset=utf-8";
  SW_ASSIGN_OR_RETURN(r.body, support::VenueFeedText(call.db, venue, call.api.clock().Now()));
  // A rotated or removed address must stop at once: nothing on the way keeps a copy.
  r.headers.emplace("Cache-Control", "no-store");
  return r;
}

}  // namespace

void AddCalendarRoutes(Api& api) {
  api.Add("GET", "/api/v1/me/calendar-link", Access::SignedIn(),
          RouteDoc{"getMyCalendarLink",
                   "Whether the caller has a calendar link (订阅日历) and since when. The link's secret is "
                   "shown only when it is made."}
              .Answers(CalendarLinkSchema()),
          FromResult(GetLink));
  api.Add("POST", "/api/v1/me/calendar-link", Access::SignedIn(),
          RouteDoc{"createMyCalendarLink",
                   "Make the caller's calendar link: `path` is the address of their feed, with its secret, "
                   "shown this once. 409 when they have one already (rotate it for a new one)."}
              .Answers(CalendarLinkSchema(), 201)
              .Refuses({409}),
          FromResult(CreateLink));
  api.Add("POST", "/api/v1/me/calendar-link/rotate", Access::SignedIn(),
          RouteDoc{"rotateMyCalendarLink",
                   "A new secret for the caller's calendar link (made if they have none): the old address "
                   "answers 404 from now on. `path` is shown this once."}
              .Answers(CalendarLinkSchema()),
          FromResult(RotateLink));
  api.Add(
      "GET", "/api/v1/calendar/{token}.ics", Access::Public(),
      RouteDoc{"getPersonalCalendar",
               "A person's calendar as an iCalendar feed (text/calendar, RFC 5545), for calendar programs "
               "that cannot sign in: the secret in the address is the only credential. Their venue "
               "bookings (pending tentative, accepted confirmed, refused and cancelled marked cancelled) "
               "and the volunteer activities they signed up for, from 90 days back; no one's name. 404 "
               "for an unknown or rotated address, or an account that is disabled."}
          .AnswersFile("text/calendar"),
      FromResult(Feed));
  api.Add("GET", "/api/v1/venues/{id}/feed-link", Access::Roles(org::VenueManagerRoles()),
          RouteDoc{"getVenueFeedLink",
                   "Whether the venue's calendar is published at a secret address (场地日历订阅) and since "
                   "when; for the venue's managers (403 for others). The secret is shown only when made."}
              .Answers(CalendarLinkSchema()),
          FromResult(GetVenueLink));
  api.Add("POST", "/api/v1/venues/{id}/feed-link/rotate", Access::Roles(org::VenueManagerRoles()),
          RouteDoc{"rotateVenueFeedLink",
                   "Publish the venue's calendar at a new secret address, for notice screens and calendar "
                   "programs that cannot sign in: `path` is shown this once; an earlier address answers "
                   "404 from now on. For the venue's managers."}
              .Answers(CalendarLinkSchema()),
          FromResult(RotateVenueLink));
  api.Add("POST", "/api/v1/venues/{id}/feed-link/remove", Access::Roles(org::VenueManagerRoles()),
          RouteDoc{"removeVenueFeedLink",
                   "Stop publishing the venue's calendar: its address answers 404 from now on. For the "
                   "venue's managers."}
              .Answers(CalendarLinkSchema()),
          FromResult(RemoveVenueLink));
  api.Add("GET", "/api/v1/calendar/venues/{token}.ics", Access::Public(),
          RouteDoc{"getPublishedVenueCalendar",
                   "A venue's published calendar (text/calendar, RFC 5545): its accepted bookings from 90 "
                   "days back, purposes but never bookers. The secret in the address is the only "
                   "credential; 404 for an unknown, rotated or removed address or a venue out of use."}
              .AnswersFile("text/calendar"),
          FromResult(PublishedVenueFeed));
}

}  // namespace sanwang::api
