// A person's calendar over HTTP: the signed-in person reads, makes and rotates their
// calendar link, and calendar programs fetch the feed at the link's secret address with no
// other credential. The rules are support/calendar_link.h's and person_calendar.h's; the
// secret is made and hashed as session tokens are (api/auth.h).
#include "api/api.h"
#include "api/openapi_schema.h"
#include "api/responses.h"
#include "support/api/calendar_schemas.h"
#include "support/calendar_link.h"
#include "support/person_calendar.h"

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
nlohmann::json NewLinkJson(const support::NewCalendarLink& link) {
  nlohmann::json body = LinkJson(true, link.created_at);
  body["path"] = "/api/v1/calendar/" + link.token + ".ics";
  return body;
}

Result<HttpResponse> GetLink(Call& call) {
  SW_ASSIGN_OR_RETURN(auto state, support::CalendarLinkOf(call.db, call.actor()));
  return JsonResponse(200, LinkJson(state.active, state.created_at));
}

Result<HttpResponse> CreateLink(Call& call) {
  SW_ASSIGN_OR_RETURN(auto link, support::CreateCalendarLink(call.db, call.api.district_code(), call.actor(),
                                                             NewLinkSecret, call.api.clock().Now()));
  return JsonResponse(201, NewLinkJson(link));
}

Result<HttpResponse> RotateLink(Call& call) {
  SW_ASSIGN_OR_RETURN(auto link, support::RotateCalendarLink(call.db, call.api.district_code(), call.actor(),
                                                             NewLinkSecret, call.api.clock().Now()));
  return JsonResponse(200, NewLinkJson(link));
}

// The token is the only credential: it is hashed and looked up, never compared as stored.
Result<HttpResponse> Feed(Call& call) {
  const std::string district = call.api.district_code();
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
}

}  // namespace sanwang::api
