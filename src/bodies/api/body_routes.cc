// The party and social organizations of units over HTTP (docs/architecture.md §8,
// docs/bodies.md): list with the unit and kind filters, read, add and edit. Every decision
// is bodies/body_book.h's or body_access.h's; this file turns HTTP into those calls and
// answers back. Contact phones go into responses only, masked unless the caller may see
// them, never into a log.
#include "api/api.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "bodies/api/body_json.h"
#include "bodies/api/body_schemas.h"
#include "bodies/body_access.h"
#include "bodies/body_book.h"
#include "org/body_roles.h"

namespace sanwang::api {
namespace {

bodies::OrgBodies BodiesOf(const Call& call) { return {call.db, call.domain->org, call.actor()}; }

nlohmann::json SeenParty(const Call& call, const store::PartyOrgRecord& p) {
  return PartyOrgJson(p, bodies::KeepsBodiesOf(call.domain->org, call.actor(), p.unit_id));
}

nlohmann::json SeenSocial(const Call& call, const store::SocialOrgRecord& s) {
  return SocialOrgJson(s, bodies::KeepsBodiesOf(call.domain->org, call.actor(), s.community_id),
                       bodies::SeesContactOf(call.actor(), s));
}

Result<bool> MayAdd(const Call& call) {
  SW_ASSIGN_OR_RETURN(const store::UnitRecord* unit,
                      bodies::UnitInSight(BodiesOf(call), call.request.Query("unit")));
  return bodies::KeepsBodiesOf(call.domain->org, call.actor(), unit->id);
}

Result<HttpResponse> ListPartyRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(auto found, bodies::ListPartyOrgs(BodiesOf(call), call.request.Query("unit"),
                                                        call.request.Query("kind")));
  nlohmann::json items = nlohmann::json::array();
  for (const store::PartyOrgRecord& p : found) items.push_back(SeenParty(call, p));
  SW_ASSIGN_OR_RETURN(bool may_add, MayAdd(call));
  return JsonResponse(200, {{"items", items}, {"may_add", may_add}});
}

Result<HttpResponse> GetPartyRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto found, bodies::FindPartyOrg(BodiesOf(call), id));
  return JsonResponse(200, SeenParty(call, found));
}

Result<HttpResponse> CreatePartyRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(store::PartyOrgRecord p, PartyOrgFromJson(call.request.body, {}, true));
  SW_RETURN_IF_ERROR(bodies::ResolvePartyOrgRefs(BodiesOf(call), p));
  SW_ASSIGN_OR_RETURN(p, bodies::CreatePartyOrg(BodiesOf(call), p));
  return JsonResponse(201, SeenParty(call, p));
}

Result<HttpResponse> UpdatePartyRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto stored, bodies::FindPartyOrg(BodiesOf(call), id));
  SW_ASSIGN_OR_RETURN(store::PartyOrgRecord p, PartyOrgFromJson(call.request.body, stored, false));
  SW_RETURN_IF_ERROR(bodies::ResolvePartyOrgRefs(BodiesOf(call), p));
  SW_ASSIGN_OR_RETURN(p, bodies::UpdatePartyOrg(BodiesOf(call), p));
  return JsonResponse(200, SeenParty(call, p));
}

Result<HttpResponse> ListSocialRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(auto found, bodies::ListSocialOrgs(BodiesOf(call), call.request.Query("unit"),
                                                         call.request.Query("kind")));
  nlohmann::json items = nlohmann::json::array();
  for (const store::SocialOrgRecord& s : found) items.push_back(SeenSocial(call, s));
  SW_ASSIGN_OR_RETURN(bool may_add, MayAdd(call));
  return JsonResponse(200, {{"items", items}, {"may_add", may_add}});
}

Result<HttpResponse> GetSocialRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto found, bodies::FindSocialOrg(BodiesOf(call), id));
  return JsonResponse(200, SeenSocial(call, found));
}

Result<HttpResponse> CreateSocialRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(store::SocialOrgRecord s, SocialOrgFromJson(call.request.body, {}, true));
  SW_RETURN_IF_ERROR(bodies::ResolveSocialOrgRefs(call.domain->org, s));
  SW_ASSIGN_OR_RETURN(s, bodies::CreateSocialOrg(BodiesOf(call), s));
  return JsonResponse(201, SeenSocial(call, s));
}

Result<HttpResponse> UpdateSocialRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto stored, bodies::FindSocialOrg(BodiesOf(call), id));
  SW_ASSIGN_OR_RETURN(store::SocialOrgRecord s, SocialOrgFromJson(call.request.body, stored, false));
  SW_RETURN_IF_ERROR(bodies::ResolveSocialOrgRefs(call.domain->org, s));
  SW_ASSIGN_OR_RETURN(s, bodies::UpdateSocialOrg(BodiesOf(call), s));
  return JsonResponse(200, SeenSocial(call, s));
}

constexpr const char* kWho =
    " Readers: community, street and department staff for the units in their scope, the district-wide roles "
    "(command centre, supervisors, leaders, admins) for all; grid workers and residents none. Keepers (add "
    "and "
    "edit): community and street staff for their unit and those below it, admins everywhere.";

void AddPartyOrgRoutes(Api& api) {
  const Access readers = Access::Roles(org::OrgBodyReaderRoles());
  const Access keepers = Access::Roles(org::OrgBodyKeeperRoles());
  api.Add(
      "GET", "/api/v1/party-orgs", readers,
      RouteDoc{"listPartyOrgs",
               std::string("The party organizations (党组织: party_committee 党委, general_branch 党总支, "
                           "branch 党支部) of `unit` and the units below it (default the caller's scope), "
                           "committees first within a unit; parent_id draws the party tree. {items, "
                           "may_add}.") +
                   kWho}
          .Answers(PartyOrgListSchema())
          .Query(UnitParameter("Those of this unit and the units below it."))
          .Query("kind", schema::Enum({"party_committee", "general_branch", "branch"}), "One kind only."),
      FromResult(ListPartyRoute));
  api.Add("GET", "/api/v1/party-orgs/{id}", readers,
          RouteDoc{"getPartyOrg", "One party organization as in the list."}.Answers(PartyOrgSchema()),
          FromResult(GetPartyRoute));
  api.Add(
      "POST", "/api/v1/party-orgs", keepers,
      RouteDoc{"createPartyOrg",
               "Add a party organization to a unit the caller keeps (the district, a sub-district, a "
               "community or a department; an enterprise's sits in its community and names it as `host`). "
               "Body {kind, name (unique in the district), unit_code, host, parent_id (a committee or "
               "general branch of the same unit or one above), secretary, secretary_username (an account, "
               "optional), members, founded_on}. Example: {\"kind\": \"branch\", \"name\": "
               "\"和平社区第一党支部\", \"unit_code\": \"411002003001\", \"parent_id\": 12, \"secretary\": "
               "\"李强\", \"members\": 31}. 400 naming the field; 409 (name) for a name already listed."}
          .Takes(PartyOrgBodySchema(true))
          .Answers(PartyOrgSchema(), 201)
          .Refuses({409}),
      FromResult(CreatePartyRoute));
  api.Add(
      "PUT", "/api/v1/party-orgs/{id}", keepers,
      RouteDoc{"updatePartyOrg",
               "Edit a party organization the caller keeps, fields as on create; fields left out keep their "
               "values, parent_id null clears the parent. A parent that is the organization itself or one "
               "below it is refused (400, field parent)."}
          .Takes(PartyOrgBodySchema(false))
          .Answers(PartyOrgSchema())
          .Refuses({409}),
      FromResult(UpdatePartyRoute));
}

void AddSocialOrgRoutes(Api& api) {
  const Access readers = Access::Roles(org::OrgBodyReaderRoles());
  const Access keepers = Access::Roles(org::OrgBodyKeeperRoles());
  api.Add("GET", "/api/v1/social-orgs", readers,
          RouteDoc{
              "listSocialOrgs",
              std::string("The social organizations (social_organization 社会组织, activity_group "
                          "群众活动团体, volunteer_team 志愿服务队) serving the communities of `unit` and "
                          "below (default the caller's scope). The contact phone is in full for the staff of "
                          "the community served and admins, masked for everyone else. {items, may_add}.") +
                  kWho}
              .Answers(SocialOrgListSchema())
              .Query(UnitParameter("Those serving the communities of this unit."))
              .Query("kind", schema::Enum({"social_organization", "activity_group", "volunteer_team"}),
                     "One kind only."),
          FromResult(ListSocialRoute));
  api.Add("GET", "/api/v1/social-orgs/{id}", readers,
          RouteDoc{"getSocialOrg", "One social organization as in the list."}.Answers(SocialOrgSchema()),
          FromResult(GetSocialRoute));
  api.Add(
      "POST", "/api/v1/social-orgs", keepers,
      RouteDoc{
          "createSocialOrg",
          "Add a social organization serving a community the caller keeps. Body {kind, name (unique in "
          "the district), credit_code (统一社会信用代码, 18 characters with its check character; optional "
          "for an activity group), field (elder_care | children_youth | disability | community_safety | "
          "environment | culture_sports | education | health | legal_aid | charity | other), field_note "
          "(required for other), contact_name, contact_phone (11-digit mobile), community_code, "
          "active}. 400 naming the field; 409 (name) for a name already listed."}
          .Takes(SocialOrgBodySchema(true))
          .Answers(SocialOrgSchema(), 201)
          .Refuses({409}),
      FromResult(CreateSocialRoute));
  api.Add(
      "PUT", "/api/v1/social-orgs/{id}", keepers,
      RouteDoc{"updateSocialOrg",
               "Edit a social organization the caller keeps, fields as on create; fields left out keep their "
               "values, and a contact phone sent back masked as it came stays as it was."}
          .Takes(SocialOrgBodySchema(false))
          .Answers(SocialOrgSchema())
          .Refuses({409}),
      FromResult(UpdateSocialRoute));
}

}  // namespace

void AddOrgBodyRoutes(Api& api) {
  AddPartyOrgRoutes(api);
  AddSocialOrgRoutes(api);
}

}  // namespace sanwang::api
