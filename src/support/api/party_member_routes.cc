// In-service party members registering with their community (在职党员进社区报到) over
// HTTP: register, one's own registration, those an organizer decides, and the decisions.
// The rules are support/party_members.h's and activity_access.h's.
#include "api/api.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "support/activity_access.h"
#include "support/api/activity_json.h"
#include "support/api/activity_schemas.h"
#include "support/api/decision_route.h"
#include "support/party_members.h"

namespace sanwang::api {
namespace {

const std::set<std::string> kStates = {"pending", "confirmed", "declined", "withdrawn"};
constexpr int kMaxRegistrationPageSize = 200;

Result<HttpResponse> Register(Call& call) {
  SW_ASSIGN_OR_RETURN(support::RegistrationRequest request, RegistrationRequestFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto r, support::RegisterPartyMember(call.db, call.domain->org, call.actor(), request,
                                                           call.api.clock().Now()));
  return JsonResponse(201, RegistrationJson(r, true));
}

Result<HttpResponse> Mine(Call& call) {
  const cases::Actor actor = call.actor();
  std::optional<store::PartyRegistrationRecord> active;
  if (actor.user_id) {
    SW_ASSIGN_OR_RETURN(active, support::ActiveRegistration(call.db, call.district(), *actor.user_id));
  }
  const bool participant = org::InSet(org::ActivityParticipantRoles(), actor.role);
  return JsonResponse(200, {{"registration", active ? RegistrationJson(*active, true) : nlohmann::json()},
                            {"may_register", participant && !active}});
}

Result<HttpResponse> Managed(Call& call) {
  std::set<std::string> states;
  const std::string state = call.request.Query("state");
  if (!state.empty()) {
    if (!kStates.contains(state))
      return InvalidArgument("未知的报到状态 unknown registration state '" + state + "'", "state");
    states.insert(state);
  }
  SW_ASSIGN_OR_RETURN(Page page, ParsePage(call.request, kMaxRegistrationPageSize));
  SW_ASSIGN_OR_RETURN(auto found, support::RegistrationsToManage(call.db, call.domain->org, call.actor(),
                                                                 states, page.offset(), page.page_size));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& r : found.records) {
    nlohmann::json item = RegistrationJson(r, true);
    item["may_manage"] = support::OrganizesUnit(call.domain->org, call.actor(), r.community_id);
    items.push_back(std::move(item));
  }
  return JsonResponse(
      200, {{"items", items}, {"total", found.total}, {"page", page.page}, {"page_size", page.page_size}});
}

Handler Decide(support::RegistrationDecision decision) {
  return DecisionRoute([decision](Call& call, const DecisionRequest& request) -> Result<nlohmann::json> {
    SW_ASSIGN_OR_RETURN(
        auto r, support::DecideRegistration(call.db, call.domain->org, call.actor(), request.id, decision,
                                            request.reason, call.api.clock().Now()));
    return RegistrationJson(r, true);
  });
}

}  // namespace

void AddPartyMemberRoutes(Api& api) {
  const auto residents = Access::Roles(org::ActivityParticipantRoles());
  const auto organizers = Access::Roles(org::ActivityOrganizerRoles());
  api.Add(
      "POST", "/api/v1/party-members/registrations", residents,
      RouteDoc{
          "registerPartyMember",
          "Register as an in-service party member (在职党员进社区报到) with the community where the caller "
          "lives: community_code (default: the community of the account's unit), workplace (工作单位, e.g. "
          "\"区财政局\"), party_branch (所在党支部, e.g. \"机关第一党支部\"). Pending until the community "
          "confirms; 409 when a pending or confirmed registration exists."}
          .Takes(NewPartyRegistrationSchema())
          .Answers(PartyRegistrationSchema(), 201)
          .Refuses({409, 422}),
      FromResult(Register));
  api.Add(
      "GET", "/api/v1/party-members/registrations/mine", Access::SignedIn(),
      RouteDoc{
          "getMyPartyRegistration",
          "The caller's pending or confirmed registration (`registration`, null when none) and whether the "
          "caller may register (`may_register`)."}
          .Answers(MyPartyRegistrationSchema()),
      FromResult(Mine));
  api.Add(
      "GET", "/api/v1/party-members/registrations", organizers,
      RouteDoc{
          "listPartyRegistrations",
          "Registrations with the communities the caller organizes (admins: the whole district), newest "
          "first, optionally of one `state` (pending, confirmed, declined, withdrawn), a page at a time."}
          .Answers(ManagedPartyRegistrationPageSchema(kMaxRegistrationPageSize))
          .Query("state", schema::Enum({"pending", "confirmed", "declined", "withdrawn"}), "One state only.")
          .Query(PagingParameters(kMaxRegistrationPageSize)),
      FromResult(Managed));
  api.Add("POST", "/api/v1/party-members/registrations/{id}/confirm", organizers,
          RouteDoc{"confirmPartyRegistration",
                   "Confirm a pending registration with a community the caller organizes."}
              .Takes(RegistrationDecisionSchema())
              .Answers(PartyRegistrationSchema())
              .Refuses({422}),
          Decide(support::RegistrationDecision::kConfirm));
  api.Add("POST", "/api/v1/party-members/registrations/{id}/decline", organizers,
          RouteDoc{"declinePartyRegistration",
                   "Decline a pending registration with a `reason` (e.g. \"不在本社区居住\")."}
              .Takes(RegistrationDecisionSchema())
              .Answers(PartyRegistrationSchema())
              .Refuses({422}),
          Decide(support::RegistrationDecision::kDecline));
  api.Add("POST", "/api/v1/party-members/registrations/{id}/withdraw", residents,
          RouteDoc{"withdrawPartyRegistration",
                   "The member withdraws their own pending or confirmed registration."}
              .Takes(RegistrationDecisionSchema())
              .Answers(PartyRegistrationSchema())
              .Refuses({422}),
          Decide(support::RegistrationDecision::kWithdraw));
}

}  // namespace sanwang::api
