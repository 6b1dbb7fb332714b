// The staff workbench: the counts of the inbox tabs, and one action on many cases.
// (The tab filter itself is a parameter of GET /api/v1/cases, in case_routes.cc.)
#include "api/api.h"
#include "api/case_answer_schemas.h"
#include "api/json_views.h"
#include "api/openapi_schema.h"
#include "api/responses.h"
#include "cases/bulk_transition.h"
#include "cases/inbox_tabs.h"

namespace sanwang::api {
namespace {

Result<HttpResponse> TabCounts(Call& call) {
  store::CaseFilter inbox;
  inbox.district_code = call.district();
  SW_RETURN_IF_ERROR(cases::RestrictToInbox(call.domain->org, call.actor(), inbox));
  store::CaseRepository repo(call.db);
  SW_ASSIGN_OR_RETURN(auto counts, cases::CountTabs(repo, inbox, call.api.workflow(), call.api.calendar(),
                                                    call.actor(), call.api.clock().Now()));
  nlohmann::json j = nlohmann::json::object();
  nlohmann::json order = nlohmann::json::array();
  for (const cases::TabCount& c : counts) {
    j[std::string(cases::TabName(c.tab))] = c.cases;
    order.push_back(std::string(cases::TabName(c.tab)));
  }
  j["tabs"] = order;
  return JsonResponse(200, j);
}

Result<std::vector<store::Id>> IdsFrom(const nlohmann::json& body) {
  auto it = body.find("ids");
  if (it == body.end() || !it->is_array())
    return InvalidArgument("ids 应为诉求编号数组 ids must be an array of case ids", "ids");
  std::vector<store::Id> ids;
  for (const auto& v : *it) {
    if (!v.is_number_integer() || v.get<std::int64_t>() <= 0)
      return InvalidArgument("ids 应为正整数 ids must be positive whole numbers", "ids");
    ids.push_back(v.get<std::int64_t>());
  }
  SW_RETURN_IF_ERROR(cases::CheckBulkIds(ids));
  return ids;
}

nlohmann::json OutcomeJson(const cases::BulkOutcome& o) {
  if (o.result.ok()) return {{"id", o.id}, {"ok", true}, {"version", o.result->updated.version}};
  const Status& s = o.result.status();
  bool internal = s.code() == ErrorCode::kInternal || s.code() == ErrorCode::kDataLoss;
  return {{"id", o.id},
          {"ok", false},
          {"error",
           {{"code", std::string(ErrorCodeName(s.code()))},
            {"message", internal ? "内部错误 internal error" : s.message()}}}};
}

Result<HttpResponse> BulkTransitions(Call& call) {
  SW_ASSIGN_OR_RETURN(nlohmann::json body, ParseJsonObject(call.request.body, {"ids", "action", "note"}));
  SW_ASSIGN_OR_RETURN(std::vector<store::Id> ids, IdsFrom(body));
  cases::TransitionRequest request;
  SW_ASSIGN_OR_RETURN(request.action, StringField(body, "action", true));
  SW_ASSIGN_OR_RETURN(request.note, StringField(body, "note", false));
  if (!call.api.workflow().HasAction(request.action)) {
    return InvalidArgument("未知操作 unknown action '" + request.action + "'", "action");
  }
  cases::CaseEngine engine = call.Engine();
  auto outcomes = cases::ApplyToEach(engine, call.db, call.domain->org, ids, request, call.actor());
  nlohmann::json results = nlohmann::json::array();
  for (const auto& o : outcomes) results.push_back(OutcomeJson(o));
  HttpResponse r = JsonResponse(200, {{"results", results}});
  for (const auto& o : outcomes) {
    if (o.result.ok()) continue;
    ErrorCode code = o.result.status().code();
    bool refused = code == ErrorCode::kPermissionDenied || code == ErrorCode::kNotFound;
    r.audit_items.push_back({"/api/v1/cases/" + std::to_string(o.id), refused ? "denied" : "failed",
                             request.action + ": " + std::string(ErrorCodeName(code))});
  }
  return r;
}

}  // namespace

void AddWorkbenchRoutes(Api& api) {
  api.AddHeavyRead(
      "/api/v1/cases/tab-counts", Access::Roles(org::StaffRoles()),
      RouteDoc{
          "getCaseTabCounts",
          "Counts of the caller's inbox tabs, and \"tabs\": their names in display order (to_dispatch for "
          "the command center, to_accept for other staff; in_progress, due_soon, overdue, closed)."}
          .Answers(TabCountsSchema()),
      FromResult(TabCounts));
  api.Add("POST", "/api/v1/cases/bulk-transitions", Access::Roles(org::StaffRoles()),
          RouteDoc{"bulkTransitionCases",
                   "One workflow action on up to 200 cases, each on its own; the outcome per case."}
              .Answers(BulkOutcomesSchema())
              .Takes(schema::ClosedObject(
                  {{"ids", schema::WithExample(schema::ArrayOf(schema::Integer(1, INT64_MAX)),
                                               nlohmann::json::array({101, 102}))},
                   {"action", schema::WithExample(schema::String(), "accept")},
                   {"note", schema::String()}},
                  {"ids", "action"})),
          FromResult(BulkTransitions));
}

}  // namespace sanwang::api
