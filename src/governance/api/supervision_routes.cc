// Supervision of the task ledger over HTTP (docs/governance.md, "Supervision"): the notices
// a caller sees, one notice, the office issuing and escalating by hand, the unit or leader
// answering, and the accountability list. Every decision is governance/supervision.h's;
// this file turns HTTP into those calls and answers back.
#include "api/api.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "governance/api/ledger_call.h"
#include "governance/api/supervision_json.h"
#include "governance/api/supervision_schemas.h"

namespace sanwang::api {
namespace {

Result<bool> ActiveOnly(const Call& call) {
  const std::string active = call.request.Query("active");
  if (!active.empty() && active != "true" && active != "false") {
    return InvalidArgument("active 应为 true 或 false active must be true or false", "active");
  }
  return active == "true";
}

Result<governance::NoticeFilter> NoticeFilterOf(const Call& call, const Page& page) {
  governance::NoticeFilter f;
  SW_ASSIGN_OR_RETURN(f.active_only, ActiveOnly(call));
  if (std::string level = call.request.Query("level"); !level.empty()) {
    SW_ASSIGN_OR_RETURN(f.level, ParseId(level, "level"));
  }
  if (std::string milestone = call.request.Query("milestone"); !milestone.empty()) {
    SW_ASSIGN_OR_RETURN(f.milestone_id, ParseId(milestone, "milestone"));
  }
  f.unit_code = call.request.Query("unit");
  f.leader_username = call.request.Query("leader");
  f.limit = page.page_size;
  f.offset = page.offset();
  return f;
}

nlohmann::json PageJson(nlohmann::json items, std::int64_t total, const Page& page) {
  return {{"items", std::move(items)}, {"total", total}, {"page", page.page}, {"page_size", page.page_size}};
}

Result<HttpResponse> ListNoticesRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(Page page, ParsePage(call.request));
  SW_ASSIGN_OR_RETURN(governance::NoticeFilter filter, NoticeFilterOf(call, page));
  SW_ASSIGN_OR_RETURN(auto found, governance::ListNotices(ledger, filter));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& n : found.items) items.push_back(NoticeJson(ledger, n));
  return JsonResponse(200, PageJson(std::move(items), found.total, page));
}

Result<HttpResponse> GetNoticeRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto notice, governance::FindNotice(ledger, id));
  return JsonResponse(200, NoticeJson(ledger, notice));
}

Result<HttpResponse> IssueNoticeRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(NoticeIssue issue, NoticeIssueFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto notice, governance::IssueNotice(ledger, id, issue.level, issue.note));
  return JsonResponse(201, NoticeJson(ledger, notice));
}

Result<HttpResponse> AnswerNoticeRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(std::string answer, NoticeTextFromJson(call.request.body, "answer"));
  SW_ASSIGN_OR_RETURN(auto notice, governance::AnswerNotice(ledger, id, answer));
  return JsonResponse(200, NoticeJson(ledger, notice));
}

Result<HttpResponse> EscalateNoticeRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(std::string note, NoticeTextFromJson(call.request.body, "note"));
  SW_ASSIGN_OR_RETURN(auto notice, governance::EscalateNotice(ledger, id, note));
  return JsonResponse(201, NoticeJson(ledger, notice));
}

Result<HttpResponse> AccountabilityRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(Page page, ParsePage(call.request));
  SW_ASSIGN_OR_RETURN(auto list, governance::AccountabilityList(ledger, page.page_size, page.offset()));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& row : list.items) items.push_back(AccountabilityRowJson(ledger, row));
  return JsonResponse(200, PageJson(std::move(items), list.total, page));
}

nlohmann::json NoticeFilterParameters() {
  nlohmann::json params = nlohmann::json::array();
  params.push_back(schema::QueryParameter("active", schema::Enum({"true", "false"}),
                                          "true: only the notices not yet closed."));
  params.push_back(schema::QueryParameter("level", schema::Integer(1, 3), "Notices of this level."));
  params.push_back(schema::QueryParameter("milestone", schema::Integer(), "Notices about this milestone."));
  params.push_back(UnitParameter("Notices to this unit and the units below it (within the caller's sight)."));
  params.push_back(
      schema::QueryParameter("leader", schema::String(), "Notices to this leader (a username)."));
  for (const auto& p : PagingParameters(500)) params.push_back(p);
  return params;
}

}  // namespace

void AddSupervisionRoutes(Api& api) {
  const Access readers = Access::Roles(org::LedgerReaderRoles());
  const Access office = Access::Roles(org::LedgerPlannerRoles());
  api.Add("GET", "/api/v1/ledger/notices", readers,
          RouteDoc{"listSupervisionNotices",
                   "Supervision notices (督办单) the caller sees, newest first: the timer's reminders for "
                   "milestones past due or due soon without progress, raised to 督办 and 约谈问责 when left "
                   "unanswered, and those the office issued by hand. Staff see their unit's and those below "
                   "it, the office, leaders and admins all."}
              .Answers(SupervisionNoticePageSchema())
              .Query(NoticeFilterParameters()),
          FromResult(ListNoticesRoute));
  api.Add("GET", "/api/v1/ledger/notices/{id}", readers,
          RouteDoc{"getSupervisionNotice", "One supervision notice."}.Answers(SupervisionNoticeSchema()),
          FromResult(GetNoticeRoute));
  api.Add("POST", "/api/v1/ledger/milestones/{id}/notices", office,
          RouteDoc{"issueSupervisionNotice",
                   "The supervision office issues a notice by hand (督察室交办): {level 1..3, note}. It "
                   "stands until the milestone leaves its unit. 422 when the milestone is not with its unit "
                   "or already has an active notice (escalate that one)."}
              .Takes(NoticeIssueSchema())
              .Answers(SupervisionNoticeSchema(), 201)
              .Refuses({422}),
          FromResult(IssueNoticeRoute));
  api.Add("POST", "/api/v1/ledger/notices/{id}/answer", readers,
          RouteDoc{"answerSupervisionNotice",
                   "The responsible unit's staff or the responsible leader answer an active notice once "
                   "(反馈): {answer}. An answered notice is not raised by the timer. 403 for anyone else; "
                   "422 when it is answered or closed already; 409 when it changed meanwhile."}
              .Takes(NoticeAnswerSchema())
              .Answers(SupervisionNoticeSchema())
              .Refuses({409, 422}),
          FromResult(AnswerNoticeRoute));
  api.Add("POST", "/api/v1/ledger/notices/{id}/escalate", office,
          RouteDoc{"escalateSupervisionNotice",
                   "The office raises an active notice a level by hand with its reason: {note}. The notice "
                   "is closed as escalated and the next level's notice is the answer. 422 at the top level "
                   "or for a closed notice; 409 when it changed meanwhile."}
              .Takes(NoticeEscalationSchema())
              .Answers(SupervisionNoticeSchema(), 201)
              .Refuses({409, 422}),
          FromResult(EscalateNoticeRoute));
  api.Add("GET", "/api/v1/ledger/accountability", readers,
          RouteDoc{"getLedgerAccountability",
                   "The accountability list (责任追究): each late milestone the caller sees, in due date "
                   "order, since when and for how many working days it is late, and every notice sent "
                   "about it (who was told, whether they answered)."}
              .Answers(AccountabilityPageSchema())
              .Query(PagingParameters(500)),
          FromResult(AccountabilityRoute));
}

}  // namespace sanwang::api
