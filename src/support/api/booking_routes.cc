// Bookings of venues over HTTP: the caller's own, those a manager decides, and the
// decisions (approve, refuse, cancel, no-show). The rules are support/venue_bookings.h's.
#include "api/api.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "support/api/decision_route.h"
#include "support/api/venue_json.h"
#include "support/api/venue_schemas.h"
#include "support/store/booking_repository.h"
#include "support/venue_access.h"
#include "support/venue_bookings.h"

namespace sanwang::api {
namespace {

const std::set<std::string> kStates = {"pending", "accepted", "refused", "cancelled", "no_show"};

nlohmann::json Items(const Call& call, const std::vector<store::BookingRecord>& bookings) {
  nlohmann::json items = nlohmann::json::array();
  for (const store::BookingRecord& b : bookings) {
    items.push_back(BookingJson(b, support::IsBooker(call.actor(), b),
                                support::SeesBookingDetails(call.domain->org, call.actor(), b)));
  }
  return items;
}

// The page of the bookings `query` selects that the request asks for, with their total.
Result<HttpResponse> BookingPage(Call& call, store::BookingQuery query) {
  SW_ASSIGN_OR_RETURN(Page page, ParsePage(call.request, kMaxBookingPageSize));
  store::BookingRepository repo(call.db);
  SW_ASSIGN_OR_RETURN(std::int64_t total, repo.Count(query));
  query.limit = static_cast<std::size_t>(page.page_size);
  query.offset = static_cast<std::size_t>(page.offset());
  SW_ASSIGN_OR_RETURN(auto bookings, repo.List(query));
  return JsonResponse(200, {{"items", Items(call, bookings)},
                            {"total", total},
                            {"page", page.page},
                            {"page_size", page.page_size}});
}

Result<HttpResponse> MyBookings(Call& call) {
  SW_ASSIGN_OR_RETURN(auto query,
                      support::MyBookingsQuery(call.domain->org, call.actor(), call.api.clock().Now()));
  return BookingPage(call, std::move(query));
}

Result<HttpResponse> ManagedBookings(Call& call) {
  std::set<std::string> states;
  const std::string state = call.request.Query("state");
  if (!state.empty()) {
    if (!kStates.contains(state))
      return InvalidArgument("未知的预订状态 unknown booking state '" + state + "'", "state");
    states.insert(state);
  }
  SW_ASSIGN_OR_RETURN(auto query, support::ManagedBookingsQuery(call.domain->org, call.actor(), states));
  return BookingPage(call, std::move(query));
}

Handler Decide(support::Decision decision) {
  return DecisionRoute([decision](Call& call, const DecisionRequest& request) -> Result<nlohmann::json> {
    SW_ASSIGN_OR_RETURN(
        auto booking,
        support::DecideBooking(call.db, call.domain->org, call.actor(), request.id, decision, request.reason,
                               call.api.clock().Now(), call.api.options().notices.get()));
    return BookingJson(booking, support::IsBooker(call.actor(), booking), true);
  });
}

}  // namespace

void AddBookingRoutes(Api& api) {
  api.Add(
      "GET", "/api/v1/bookings/mine", Access::SignedIn(),
      RouteDoc{
          "listMyBookings",
          "The caller's own bookings of venues, every state, a page at a time: those not yet ended first, "
          "the soonest first, then the ended ones, the latest first."}
          .Answers(BookingListSchema())
          .Query(PagingParameters(kMaxBookingPageSize)),
      FromResult(MyBookings));
  api.Add("GET", "/api/v1/bookings", Access::Roles(org::VenueManagerRoles()),
          RouteDoc{
              "listManagedBookings",
              "Bookings of the venues the caller manages (their scope's units; admins the whole district), "
              "optionally of one `state` (pending, accepted, refused, cancelled, no_show), earliest first, a "
              "page at a time."}
              .Answers(BookingListSchema())
              .Query("state", schema::Enum({"pending", "accepted", "refused", "cancelled", "no_show"}),
                     "One state only.")
              .Query(PagingParameters(kMaxBookingPageSize)),
          FromResult(ManagedBookings));
  const auto managers = Access::Roles(org::VenueManagerRoles());
  // A decision the booking's state does not allow (approving a cancelled one …) is a 422.
  auto decision = [](std::string id, std::string summary) {
    return RouteDoc{std::move(id), std::move(summary)}
        .Takes(BookingDecisionSchema())
        .Answers(BookingSchema())
        .Refuses({422});
  };
  api.Add("POST", "/api/v1/bookings/{id}/approve", managers,
          decision("approveBooking", "Approve a pending booking of a venue the caller manages."),
          Decide(support::Decision::kApprove));
  api.Add("POST", "/api/v1/bookings/{id}/refuse", managers,
          decision("refuseBooking", "Refuse a pending booking with a `reason`; its time is free again."),
          Decide(support::Decision::kRefuse));
  api.Add("POST", "/api/v1/bookings/{id}/cancel", Access::SignedIn(),
          decision("cancelBooking",
                   "Cancel a pending or accepted booking before its end, by its booker or a manager of the "
                   "venue; its time is free again."),
          Decide(support::Decision::kCancel));
  api.Add("POST", "/api/v1/bookings/{id}/no-show", managers,
          decision("markBookingNoShow", "Mark an accepted booking as a no-show (爽约), after its start."),
          Decide(support::Decision::kNoShow));
}

}  // namespace sanwang::api
