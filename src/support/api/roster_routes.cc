// The workforce roster over HTTP (docs/architecture.md §8, docs/support.md): list, read,
// add and edit workers, record their trainings, the staffing gaps, and the audited reveal
// of one worker's ID number and phone. Every decision is support/roster_book.h's or
// roster_access.h's; this file turns HTTP into those calls and answers back. Personal
// data goes into responses only, never into the audit row or a log.
#include "api/api.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "store/security_repository.h"
#include "support/api/roster_json.h"
#include "support/api/roster_schemas.h"
#include "support/roster_access.h"
#include "support/roster_book.h"

namespace sanwang::api {
namespace {

support::Roster RosterOf(const Call& call) { return {call.db, call.domain->org, call.actor()}; }

// A worker as the caller may see it: personal data masked, with what the caller may do.
nlohmann::json SeenWorker(const Call& call, const store::WorkerRecord& w) {
  return WorkerJson(w, support::KeepsWorker(call.domain->org, call.actor(), w),
                    support::MayRevealPersonalData(call.domain->org, call.actor(), w));
}

Result<HttpResponse> ListWorkersRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(auto workers, support::ListWorkers(RosterOf(call), call.request.Query("unit"),
                                                         call.request.Query("kind")));
  nlohmann::json items = nlohmann::json::array();
  for (const store::WorkerRecord& w : workers) items.push_back(SeenWorker(call, w));
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> WorkerWithTrainings(const Call& call, const store::WorkerRecord& w, int status) {
  SW_ASSIGN_OR_RETURN(auto trainings, support::ListTrainings(RosterOf(call), w.id));
  nlohmann::json body = SeenWorker(call, w);
  body["trainings"] = nlohmann::json::array();
  for (const auto& t : trainings) body["trainings"].push_back(TrainingJson(t));
  return JsonResponse(status, body);
}

Result<HttpResponse> GetWorkerRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto worker, support::FindWorker(RosterOf(call), id));
  return WorkerWithTrainings(call, worker, 200);
}

Result<HttpResponse> CreateWorkerRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(store::WorkerRecord worker, WorkerFromJson(call.request.body, {}, true));
  SW_ASSIGN_OR_RETURN(worker, support::CreateWorker(RosterOf(call), worker));
  return WorkerWithTrainings(call, worker, 201);
}

Result<HttpResponse> UpdateWorkerRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto stored, support::FindWorker(RosterOf(call), id));
  if (!support::KeepsWorker(call.domain->org, call.actor(), stored)) {
    return PermissionDenied("无权维护该单位的名册 you may not keep the roster of " + stored.unit_code);
  }
  SW_ASSIGN_OR_RETURN(store::WorkerRecord worker, WorkerFromJson(call.request.body, stored, false));
  SW_ASSIGN_OR_RETURN(worker, support::UpdateWorker(RosterOf(call), worker));
  return WorkerWithTrainings(call, worker, 200);
}

Result<HttpResponse> AddTrainingRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(store::TrainingRecord training, TrainingFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(training, support::AddTraining(RosterOf(call), id, training));
  return JsonResponse(201, TrainingJson(training));
}

void AuditReveal(const Call& call, const store::WorkerRecord& worker) {
  store::AuditRecord r;
  r.district_code = call.district();
  r.at = call.api.clock().Now();
  r.user_id = call.session->user.id;
  r.username = call.session->user.username;
  r.role = call.session->user.role;
  r.remote_address = call.request.remote_address;
  r.action = "roster_reveal";
  r.target = "roster_worker/" + std::to_string(worker.id);
  r.outcome = "ok";
  r.detail = "ID number and phone of a worker of " + worker.unit_code;
  (void)store::SecurityRepository(call.db).Audit(r);
}

Result<HttpResponse> RevealRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto worker, support::RevealWorker(RosterOf(call), id));
  AuditReveal(call, worker);
  return JsonResponse(200, {{"id", worker.id}, {"id_number", worker.id_number}, {"phone", worker.phone}});
}

Result<HttpResponse> GapsRoute(Call& call) {
  const std::int64_t norm = call.api.options().roster_households_per_worker;
  SW_ASSIGN_OR_RETURN(auto gaps, support::RosterGaps(RosterOf(call), call.request.Query("unit"), norm));
  return JsonResponse(200, GapsJson(gaps, norm));
}

constexpr const char* kWorkerFields =
    " A worker: id, kind (community_worker 专职社区工作者 | grid_worker 网格员 | social_worker 专业社工), "
    "name, "
    "post (岗位, e.g. 社区书记), unit_code and unit_name (a community or a street), grid_code and grid_name "
    "(grid workers), started_on (YYYY-MM-DD), qualification (none | assistant 助理社会工作师 | intermediate "
    "社会工作师 | senior 高级社会工作师), id_number and phone (always masked as 410102********1230 and "
    "138****5678; POST .../reveal gives them to the staff of the worker's own unit and admins), has_account, "
    "username (for keepers), "
    "active, demo, may_edit and may_reveal.";

void AddWorkerWriteRoutes(Api& api) {
  const Access keepers = Access::Roles(org::RosterKeeperRoles());
  api.Add("POST", "/api/v1/roster/workers", keepers,
          RouteDoc{"createRosterWorker",
                   std::string(
                       "Add a worker to a unit the caller keeps (community or street staff: their unit and "
                       "below; admins: all). Body {kind, name, post, unit_code, grid_code (required for "
                       "grid_worker, a grid of the unit), started_on, qualification, id_number (18 "
                       "characters, GB 11643 check character), phone (11-digit mobile), username (an "
                       "account the worker holds, optional), active}; required: kind, name, post, "
                       "unit_code, started_on, id_number, phone. Example: {\"kind\": \"grid_worker\", "
                       "\"name\": \"王芳\", \"post\": \"网格员\", \"unit_code\": \"411002001001\", "
                       "\"grid_code\": \"411002001001-01\", \"started_on\": \"2021-03-01\", "
                       "\"qualification\": \"assistant\", \"id_number\": \"11010519491231002X\", "
                       "\"phone\": \"13812345678\"}. 400 naming the field for bad input; 409 (id_number) "
                       "when the ID number is already listed.") +
                       kWorkerFields}
              .Takes(WorkerBodySchema(true))
              .Answers(WorkerWithTrainingsSchema(), 201)
              .Refuses({409}),
          FromResult(CreateWorkerRoute));
  api.Add("PUT", "/api/v1/roster/workers/{id}", keepers,
          RouteDoc{"updateRosterWorker",
                   "Edit a worker the caller keeps, fields as on create; fields left out keep their values; "
                   "moving the worker needs the new unit to be kept by the caller too."}
              .Takes(WorkerBodySchema(false))
              .Answers(WorkerWithTrainingsSchema())
              .Refuses({409}),
          FromResult(UpdateWorkerRoute));
  api.Add(
      "POST", "/api/v1/roster/workers/{id}/trainings", keepers,
      RouteDoc{"addRosterTraining",
               "Record a training of a worker the caller keeps: {held_on (YYYY-MM-DD), title, hours (0.1 to "
               "999.9, one decimal)}, all required. Example: {\"held_on\": \"2026-05-12\", \"title\": "
               "\"社会工作实务培训\", \"hours\": 3.5}."}
          .Takes(NewTrainingSchema())
          .Answers(TrainingSchema(), 201),
      FromResult(AddTrainingRoute));
  api.Add("POST", "/api/v1/roster/workers/{id}/reveal", keepers,
          RouteDoc{"revealRosterWorker",
                   "The worker's ID number and phone in full {id, id_number, phone}, for the staff of the "
                   "worker's own unit and admins (403 for others, the staff of a unit above included); each "
                   "reveal is written to the audit log (action roster_reveal, without the values)."}
              .Answers(WorkerRevealSchema()),
          FromResult(RevealRoute));
}

}  // namespace

void AddRosterRoutes(Api& api) {
  const Access readers = Access::Roles(org::RosterReaderRoles());
  api.Add("GET", "/api/v1/roster/workers", readers,
          RouteDoc{"listRosterWorkers",
                   std::string(
                       "The workers (社区工作者名册) the caller sees: staff those of units at or below their "
                       "own, the district-wide roles all; filters `unit` (a unit code; its subtree) and "
                       "`kind`. {items: [worker]}.") +
                       kWorkerFields}
              .Answers(WorkerListSchema())
              .Query(UnitParameter("Workers of this unit and those below."))
              .Query("kind", schema::Enum({"community_worker", "grid_worker", "social_worker"}),
                     "One kind only."),
          FromResult(ListWorkersRoute));
  api.Add("GET", "/api/v1/roster/workers/{id}", readers,
          RouteDoc{"getRosterWorker",
                   "One worker as in the list, with trainings [{id, held_on, title, hours}] oldest first."}
              .Answers(WorkerWithTrainingsSchema()),
          FromResult(GetWorkerRoute));
  AddWorkerWriteRoutes(api);
  api.Add(
      "GET", "/api/v1/roster/gaps", readers,
      RouteDoc{
          "getRosterGaps",
          "The staffing gaps within `unit` (default the caller's scope): grids_without_worker [{code, "
          "name}] (no active grid worker), understaffed [{code, name, households, workers, needed}] "
          "(communities whose active community and grid workers are fewer than ceil(households / "
          "households_per_worker)), communities_without_households [{code, name}] (no figure to judge), "
          "households_per_worker (config roster_households_per_worker, default 300). Example: "
          "{\"understaffed\": [{\"code\": \"411002001001\", \"name\": \"示例社区\", \"households\": 2400, "
          "\"workers\": 6, \"needed\": 8}]}."}
          .Answers(StaffingGapsSchema())
          .Query(UnitParameter("Gaps within this unit (default all the caller sees).")),
      FromResult(GapsRoute));
}

}  // namespace sanwang::api
