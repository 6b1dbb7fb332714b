// The task ledger over HTTP (docs/governance.md): its outline, laying it out (programmes,
// projects, tasks, milestones, dependencies), the ledger table with its filters, one
// milestone with its events and evidence, and the milestone workflow's actions (the
// evidence's own routes are evidence_routes.cc). Every decision is
// governance/ledger_book.h's; this file turns HTTP into those calls and answers back.
#include "api/api.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "governance/api/evidence_json.h"
#include "governance/api/ledger_call.h"
#include "governance/api/ledger_json.h"
#include "governance/api/ledger_schemas.h"
#include "governance/io/ledger_xlsx.h"
#include "governance/ledger_book.h"
#include "governance/ledger_evidence.h"
#include "governance/ledger_workbook.h"

namespace sanwang::api {
namespace {

Result<HttpResponse> OutlineRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(auto outline, governance::Outline(ledger));
  return JsonResponse(200, OutlineJson(ledger, outline));
}

Result<HttpResponse> CreateProgrammeRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(NamedItem item, ProgrammeFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto programme, governance::CreateProgramme(ledger, item.name, item.description));
  return JsonResponse(201, ProgrammeJson(programme));
}

Result<HttpResponse> CreateProjectRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(NamedItem item, ProjectFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto project,
                      governance::CreateProject(ledger, item.parent_id, item.name, item.description));
  return JsonResponse(201, ProjectJson(project));
}

Result<HttpResponse> CreateTaskRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(governance::NewTask task, NewTaskFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto made, governance::CreateTask(ledger, task));
  return JsonResponse(201, TaskJson(ledger, made));
}

Result<HttpResponse> CreateMilestoneRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(governance::NewMilestone milestone, NewMilestoneFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto made, governance::CreateMilestone(ledger, milestone));
  return JsonResponse(201, MilestoneJson(ledger, made));
}

Result<HttpResponse> ExportXlsxRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(auto rows, governance::ExportLedgerRows(ledger));
  SW_ASSIGN_OR_RETURN(std::string bytes,
                      governance::io::WriteLedgerWorkbook(rows, governance::LedgerWorkbookTitle(ledger)));
  HttpResponse r;
  r.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  r.body = std::move(bytes);
  r.headers.emplace("Content-Disposition",
                    "attachment; filename=\"ledger-" + FormatDate(ledger.today()) + ".xlsx\"");
  return r;
}

Result<governance::LedgerFilter> FilterOf(const Call& call, const Page& page) {
  governance::LedgerFilter f;
  SW_ASSIGN_OR_RETURN(f.programme_id, OptionalQueryId(call.request, "programme"));
  SW_ASSIGN_OR_RETURN(f.task_id, OptionalQueryId(call.request, "task"));
  f.unit_code = call.request.Query("unit");
  f.leader_username = call.request.Query("leader");
  f.state = call.request.Query("state");
  if (std::string days = call.request.Query("due_within"); !days.empty()) {
    SW_ASSIGN_OR_RETURN(std::int64_t n, ParseId(days, "due_within"));
    if (n > 366)
      return InvalidArgument("due_within 不超过 366 天 due_within is at most 366 days", "due_within");
    f.due_within_days = static_cast<int>(n);
  }
  const std::string overdue = call.request.Query("overdue");
  if (!overdue.empty() && overdue != "true" && overdue != "false") {
    return InvalidArgument("overdue 应为 true 或 false overdue must be true or false", "overdue");
  }
  f.overdue = overdue == "true";
  f.limit = page.page_size;
  f.offset = page.offset();
  return f;
}

Result<HttpResponse> ListMilestonesRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(Page page, ParsePage(call.request));
  SW_ASSIGN_OR_RETURN(governance::LedgerFilter filter, FilterOf(call, page));
  SW_ASSIGN_OR_RETURN(auto found, governance::ListMilestones(ledger, filter));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& m : found.items) items.push_back(MilestoneJson(ledger, m));
  return JsonResponse(
      200, {{"items", items}, {"total", found.total}, {"page", page.page}, {"page_size", page.page_size}});
}

Result<HttpResponse> MilestoneWithEvents(const governance::Ledger& ledger,
                                         const store::LedgerMilestoneRecord& m) {
  SW_ASSIGN_OR_RETURN(auto events, governance::MilestoneEvents(ledger, m.id));
  SW_ASSIGN_OR_RETURN(auto evidence, governance::MilestoneEvidence(ledger, m.id));
  nlohmann::json body = MilestoneJson(ledger, m);
  body["events"] = nlohmann::json::array();
  for (const auto& e : events) body["events"].push_back(LedgerEventJson(e));
  body["evidence"] = EvidenceListJson(evidence);
  return JsonResponse(200, body);
}

Result<HttpResponse> GetMilestoneRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto m, governance::FindMilestone(ledger, id));
  return MilestoneWithEvents(ledger, m);
}

Result<HttpResponse> SetDependenciesRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto depends_on, DependenciesFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto m, governance::SetDependencies(ledger, id, depends_on));
  return JsonResponse(200, MilestoneJson(ledger, m));
}

Result<HttpResponse> ActRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(governance::MilestoneAction action, MilestoneActionFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto m, governance::Act(ledger, id, action));
  return MilestoneWithEvents(ledger, m);
}

nlohmann::json LedgerFilterParameters() {
  nlohmann::json params = nlohmann::json::array();
  params.push_back(schema::QueryParameter("programme", schema::Integer(), "Milestones of this programme."));
  params.push_back(schema::QueryParameter("task", schema::Integer(), "Milestones of this task."));
  params.push_back(
      UnitParameter("Milestones of this unit and the units below it (within the caller's sight)."));
  params.push_back(
      schema::QueryParameter("leader", schema::String(), "Milestones under this leader (a username)."));
  params.push_back(
      schema::QueryParameter("state", schema::String(), "One of the workflow's states (GET /ledger)."));
  params.push_back(schema::QueryParameter("due_within", schema::Integer(1, 366),
                                          "Open milestones due from today to today + N."));
  params.push_back(schema::QueryParameter("overdue", schema::Enum({"true", "false"}),
                                          "true: open milestones due before today."));
  for (const auto& p : PagingParameters(500)) params.push_back(p);
  return params;
}

void AddLayoutRoutes(Api& api) {
  const Access planners = Access::Roles(org::LedgerPlannerRoles());
  api.Add(
      "POST", "/api/v1/ledger/programmes", planners,
      RouteDoc{
          "createLedgerProgramme",
          "Add a programme (工程, e.g. the “1369” project) to the district's ledger: {name, description}. "
          "409 when the district has a programme of that name. The supervision office and admins."}
          .Takes(NewProgrammeSchema())
          .Answers(LedgerProgrammeSchema(), 201)
          .Refuses({409}),
      FromResult(CreateProgrammeRoute));
  api.Add(
      "POST", "/api/v1/ledger/projects", planners,
      RouteDoc{"createLedgerProject",
               "Add a project (项目) to a programme: {programme_id, name, description}; 409 for a name the "
               "programme has."}
          .Takes(NewProjectSchema())
          .Answers(LedgerProjectSchema(), 201)
          .Refuses({409}),
      FromResult(CreateProjectRoute));
  api.Add("POST", "/api/v1/ledger/tasks", planners,
          RouteDoc{"createLedgerTask",
                   "Add a task to a project: {project_id, name, starts_on, ends_on (not before starts_on), "
                   "unit_code (the leading unit)}."}
              .Takes(NewTaskSchema())
              .Answers(LedgerTaskSchema(), 201),
          FromResult(CreateTaskRoute));
  api.Add(
      "POST", "/api/v1/ledger/milestones", planners,
      RouteDoc{
          "createLedgerMilestone",
          "Add a milestone (时间节点) to a task: {task_id, name, deliverables, due_on (a working day within "
          "the task's period, no earlier than the milestones it depends on), unit_code (the responsible "
          "unit), leader (the responsible leader's username), weight (1..100, default 1), depends_on "
          "[milestone ids]}. It starts in the workflow's first state. 400 naming the field for bad input."}
          .Takes(NewMilestoneSchema())
          .Answers(LedgerMilestoneSchema(), 201),
      FromResult(CreateMilestoneRoute));
  api.Add(
      "PUT", "/api/v1/ledger/milestones/{id}/dependencies", planners,
      RouteDoc{"setLedgerMilestoneDependencies",
               "Replace the milestones this one depends on: {depends_on: [ids]}. A change that would close a "
               "cycle is refused (400, field depends_on, the message naming the milestones along it)."}
          .Takes(MilestoneDependenciesSchema())
          .Answers(LedgerMilestoneSchema()),
      FromResult(SetDependenciesRoute));
}

}  // namespace

void AddSupervisionRoutes(Api& api);  // supervision_routes.cc
void AddEvidenceRoutes(Api& api);     // evidence_routes.cc

void AddLedgerRoutes(Api& api) {
  const Access readers = Access::Roles(org::LedgerReaderRoles());
  api.Add(
      "GET", "/api/v1/ledger", readers,
      RouteDoc{"getLedgerOutline",
               "The district's ledger outline (任务台账): programmes → projects → tasks, and the milestone "
               "workflow's states (with their labels and whether each is open) and actions, so that clients "
               "keep no list of their own. Staff of a unit, the supervision office, leaders and admins."}
          .Answers(LedgerOutlineSchema()),
      FromResult(OutlineRoute));
  api.Add(
      "GET", "/api/v1/ledger/milestones", readers,
      RouteDoc{
          "listLedgerMilestones",
          "The ledger table: the milestones the caller sees (staff: their unit's and those below it; the "
          "supervision office, leaders and admins: all), in due date order, filtered, in pages. Each with "
          "its state's label, open, overdue and the actions the caller may take (allowed_actions)."}
          .Answers(LedgerMilestonePageSchema())
          .Query(LedgerFilterParameters()),
      FromResult(ListMilestonesRoute));
  api.AddHeavyRead(
      "/api/v1/ledger/export.xlsx", readers,
      RouteDoc{
          "getLedgerWorkbook",
          "The milestones the caller sees as the ledger's XLSX workbook (台账表) for WPS and Excel: a title "
          "row, the header row and one row per milestone with 序号, 工程, 项目, 任务, 任务开始, 任务结束, "
          "牵头单位, 节点, 交付成果, 完成时限, 责任单位, 责任领导, 权重, 前置节点 (the 序号 of the rows it "
          "depends on), 状态 and 进度; units as 名称（代码）. `sanwang ledger import` reads it back."}
          .AnswersFile("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      FromResult(ExportXlsxRoute));
  api.Add("GET", "/api/v1/ledger/milestones/{id}", readers,
          RouteDoc{"getLedgerMilestone",
                   "One milestone as in the table, with its events oldest first and its evidence files (each "
                   "with the progress report that claimed it)."}
              .Answers(LedgerMilestoneWithEventsSchema()),
          FromResult(GetMilestoneRoute));
  api.Add(
      "POST", "/api/v1/ledger/milestones/{id}/actions", readers,
      RouteDoc{
          "actOnLedgerMilestone",
          "Take one of the milestone workflow's actions: {action, percent, note}. The responsible unit's "
          "staff report progress (report: percent 0..100 and a note) and submit for acceptance (submit, "
          "once every milestone it depends on is accepted); the supervision office accepts (accept) or "
          "returns it with a reason (return). 422 when the state does not allow the action or a milestone "
          "it depends on is not accepted; 409 when someone else moved the milestone first; 403 for a "
          "role or unit the workflow does not let act."}
          .Takes(MilestoneActionSchema())
          .Answers(LedgerMilestoneWithEventsSchema())
          .Refuses({409, 422}),
      FromResult(ActRoute));
  AddLayoutRoutes(api);
  AddSupervisionRoutes(api);
  AddEvidenceRoutes(api);
}

}  // namespace sanwang::api
