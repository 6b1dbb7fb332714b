// The approval chain of spending records over HTTP (支出审批, docs/support.md §2): the
// caller's queue, one record with its events and attachments, the steps — approve, return
// with a reason, resubmit as edited, withdraw — and the invoice scans. Every decision is
// the domain's (support/spending_approval.h, spending_files.h): 403 outside the chain, 409
// when the record is not waiting for the caller's step, nothing written on a refusal. Each
// answer carries the record's may_* flags. An upload's body is the file itself, its type
// the Content-Type, its name the `name` query parameter; only its size is answered here
// first, as 413. A download is api/file_download.h's.
#include "api/api.h"
#include "api/file_download.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "core/upload_check.h"
#include "support/api/budget_call.h"
#include "support/api/budget_schemas.h"
#include "support/api/decision_route.h"
#include "support/api/spending_json.h"
#include "support/api/spending_schemas.h"
#include "support/spending_approval.h"
#include "support/spending_files.h"
#include "support/spending_supervision.h"

namespace sanwang::api {
namespace {

// The record as it now is, with what the caller may do next.
Result<nlohmann::json> RecordJson(Call& call, const support::Ledger& ledger, store::Id id) {
  SW_ASSIGN_OR_RETURN(support::SpendingInSight s, support::FindSpending(ledger, id));
  SW_ASSIGN_OR_RETURN(auto categories, support::ListCategories(call.db, call.district()));
  return SpendingWithRightsJson(ledger, s, categories);
}

Result<HttpResponse> ToDoRoute(Call& call) {
  const support::Ledger ledger = BudgetLedgerOf(call);
  SW_ASSIGN_OR_RETURN(auto records, support::SpendingToDo(ledger));
  SW_ASSIGN_OR_RETURN(auto categories, support::ListCategories(call.db, call.district()));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& s : records) items.push_back(SpendingWithRightsJson(ledger, s, categories));
  return JsonResponse(200, {{"items", items}});
}

constexpr int kMaxOverduePageSize = 500;

Result<HttpResponse> OverdueRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(Page page, ParsePage(call.request, kMaxOverduePageSize));
  const support::Ledger ledger = BudgetLedgerOf(call);
  SW_ASSIGN_OR_RETURN(auto overdue, support::OverdueSpending(ledger, page.offset(), page.page_size));
  SW_ASSIGN_OR_RETURN(auto categories, support::ListCategories(call.db, call.district()));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& s : overdue.records) items.push_back(SpendingWithRightsJson(ledger, s, categories));
  return JsonResponse(
      200, {{"items", items}, {"total", overdue.total}, {"page", page.page}, {"page_size", page.page_size}});
}

Result<HttpResponse> DetailRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  const support::Ledger ledger = BudgetLedgerOf(call);
  SW_ASSIGN_OR_RETURN(nlohmann::json json, RecordJson(call, ledger, id));
  SW_ASSIGN_OR_RETURN(auto events, support::SpendingHistory(ledger, id));
  SW_ASSIGN_OR_RETURN(auto files, support::SpendingFiles(ledger, id));
  json["events"] = nlohmann::json::array();
  for (const auto& e : events) json["events"].push_back(SpendingEventJson(e));
  json["files"] = nlohmann::json::array();
  for (const auto& f : files) json["files"].push_back(SpendingFileJson(f));
  return JsonResponse(200, json);
}

using Step = Result<store::BudgetSpendingRecord> (*)(const support::Ledger&, store::Id, const std::string&);

Handler StepRoute(Step step) {
  return DecisionRoute([step](Call& call, const DecisionRequest& request) -> Result<nlohmann::json> {
    const support::Ledger ledger = BudgetLedgerOf(call);
    SW_RETURN_IF_ERROR(step(ledger, request.id, request.reason).status());
    return RecordJson(call, ledger, request.id);
  });
}

Result<store::BudgetSpendingRecord> Approve(const support::Ledger& ledger, store::Id id, const std::string&) {
  return support::ApproveSpending(ledger, id);
}

Result<HttpResponse> ResubmitRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(
      auto body, ParseJsonObject(call.request.body, {"amount_fen", "purpose", "payee", "spent_on", "note"}));
  support::NewSpending s;
  SW_ASSIGN_OR_RETURN(auto amount, IntegerField(body, "amount_fen"));
  if (!amount) return InvalidArgument("请填写 amount_fen amount_fen is required", "amount_fen");
  s.amount_fen = *amount;
  SW_ASSIGN_OR_RETURN(s.purpose, StringField(body, "purpose", true));
  SW_ASSIGN_OR_RETURN(s.payee, StringField(body, "payee", true));
  SW_ASSIGN_OR_RETURN(s.spent_on, StringField(body, "spent_on", true));
  SW_ASSIGN_OR_RETURN(s.note, StringField(body, "note", false));
  const support::Ledger ledger = BudgetLedgerOf(call);
  SW_RETURN_IF_ERROR(support::ResubmitSpending(ledger, id, s).status());
  SW_ASSIGN_OR_RETURN(nlohmann::json json, RecordJson(call, ledger, id));
  return JsonResponse(200, json);
}

Result<HttpResponse> UploadRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  if (call.request.body.size() > support::kMaxSpendingFileBytes) {
    return TooLargeResponse("单个附件不超过 " + std::to_string(support::kMaxSpendingFileBytes >> 20) +
                                " MB an attachment may have at most " +
                                std::to_string(support::kMaxSpendingFileBytes) + " bytes",
                            "body");
  }
  support::SpendingUpload upload{call.request.Query("name"), call.request.Header("content-type"),
                                 call.request.body};
  SW_ASSIGN_OR_RETURN(auto stored, support::AttachSpendingFile(BudgetLedgerOf(call), id, upload));
  return JsonResponse(201, SpendingFileJson(stored));
}

Result<HttpResponse> FilesRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto files, support::SpendingFiles(BudgetLedgerOf(call), id));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& f : files) items.push_back(SpendingFileJson(f));
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> DownloadRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(std::int64_t file_id, ParseId(call.params["file_id"], "file_id"));
  SW_ASSIGN_OR_RETURN(auto file, support::SpendingFile(BudgetLedgerOf(call), id, file_id));
  const std::string disposition = AttachmentDisposition(
      "invoice-" + std::to_string(file.id) + "." + UploadExtension(file.content_type), file.file_name);
  return FileDownload(std::move(file.data), file.sha256, disposition);
}

void AddStepRoutes(Api& api, const Access& readers) {
  auto step = [](std::string id, std::string summary, nlohmann::json takes) {
    return RouteDoc{std::move(id), std::move(summary)}
        .Takes(std::move(takes))
        .Answers(SpendingInChainSchema())
        .Refuses({409, 422});
  };
  api.Add("POST", "/api/v1/budget/spending/{id}/approve", readers,
          step("approveBudgetSpending",
               "Approve the record at the caller's step of the chain: the community secretary's (community "
               "staff of its community), the sub-district's (its staff) or district finance's (admins); the "
               "last approval makes it spent. 403 outside the chain, 409 when the record is not waiting for "
               "the caller's step (approved already by another, or at another step).",
               SpendingDecisionSchema()),
          StepRoute(Approve));
  api.Add("POST", "/api/v1/budget/spending/{id}/return", readers,
          step("returnBudgetSpending",
               "Return the record at the caller's step to its keepers with a `reason` (required, 400 "
               "otherwise); it keeps its amount held until resubmitted or withdrawn. 403 and 409 as approve.",
               SpendingReturnSchema()),
          StepRoute(support::ReturnSpending));
  api.Add("POST", "/api/v1/budget/spending/{id}/resubmit", readers,
          step("resubmitBudgetSpending",
               "Resubmit a returned record as edited {amount_fen, purpose, payee, spent_on, note}, back to "
               "the first step of its chain; the event keeps what changed. By its keepers (403 otherwise); "
               "409 unless returned; 422 when a raised amount passes what the line has left.",
               NewSpendingSchema()),
          FromResult(ResubmitRoute));
  api.Add(
      "POST", "/api/v1/budget/spending/{id}/supervise", readers,
      step("superviseBudgetSpending",
           "督办: flag a record waiting at a step, with a `reason` (required, 400 otherwise), by the "
           "supervision office; its state does not change and the event tells the approvers. The server's "
           "minute sweep does the same, as the system, to each record past its step's deadline. 403 for "
           "other roles; 409 when the record waits at no step or was flagged at this step already.",
           SpendingReturnSchema()),
      StepRoute(support::SuperviseSpending));
  api.Add(
      "POST", "/api/v1/budget/spending/{id}/withdraw", readers,
      step("withdrawBudgetSpending",
           "Withdraw a record still in the chain, with an optional `reason`, by its keepers: its amount is "
           "free on the line again. 409 once approved or withdrawn (an approved record is reversed).",
           SpendingDecisionSchema()),
      StepRoute(support::WithdrawSpending));
}

void AddFileRoutes(Api& api, const Access& readers) {
  api.Add("POST", "/api/v1/budget/spending/{id}/files", Access::Roles(org::BudgetKeeperRoles()),
          RouteDoc{
              "addBudgetSpendingFile",
              "Attach an invoice scan or receipt to the record: the body is the file itself — a JPEG, PNG or "
              "WebP photo or a PDF, checked whole, with its type as Content-Type — up to 10 MiB, and `name` "
              "its file name. By the record's keepers until it is withdrawn (403 otherwise). 400 naming "
              "content_type or body for a type not allowed or bytes that are not that type; 413 past 10 "
              "MiB; 422 when the record holds its most files (10)."}
              .Takes(SpendingUploadSchema(), "application/octet-stream")
              .Query("name", schema::String(), "The file's name as the device gave it; kept made safe.")
              .Answers(SpendingFileSchema(), 201)
              .Refuses({422}),
          FromResult(UploadRoute));
  api.Add("GET", "/api/v1/budget/spending/{id}/files", readers,
          RouteDoc{"listBudgetSpendingFiles", "The record's attachments, oldest first, without their bytes."}
              .Answers(SpendingFileListSchema()),
          FromResult(FilesRoute));
  api.Add("GET", "/api/v1/budget/spending/{id}/files/{file_id}", readers,
          RouteDoc{"getBudgetSpendingFile",
                   "One attachment's bytes as a download (application/octet-stream) under its file name, "
                   "whose extension is that of its checked type; never cached."}
              .AnswersFile("application/octet-stream"),
          FromResult(DownloadRoute));
}

}  // namespace

void AddSpendingRoutes(Api& api) {
  const Access readers = Access::Roles(org::BudgetReaderRoles());
  api.Add("GET", "/api/v1/budget/spending/todo", readers,
          RouteDoc{"listBudgetSpendingToDo",
                   "The spending records waiting for the caller (待审批): those at the caller's step of the "
                   "approval chain, and the caller's unit's returned records to edit and resubmit; oldest "
                   "first, each with its line and may_* flags."}
              .Answers(SpendingInChainListSchema()),
          FromResult(ToDoRoute));
  api.Add("GET", "/api/v1/budget/spending/overdue", readers,
          RouteDoc{"listBudgetSpendingOverdue",
                   "The spending records the caller sees that wait at a step past its deadline (step_due), "
                   "longest overdue first, a page at a time: the supervision office's list, each with its "
                   "line, whether it was flagged 督办 (supervised) and may_* flags."}
              .Query(PagingParameters(kMaxOverduePageSize))
              .Answers(schema::ItemPage(SpendingInChainSchema(), kMaxOverduePageSize)),
          FromResult(OverdueRoute));
  api.Add("GET", "/api/v1/budget/spending/{id}", readers,
          RouteDoc{"getBudgetSpending",
                   "One spending record with its line, may_* flags, its events oldest first (submit, each "
                   "approval and return with its reason, each resubmission with what it changed) and its "
                   "attachments."}
              .Answers(SpendingDetailSchema()),
          FromResult(DetailRoute));
  AddStepRoutes(api, readers);
  AddFileRoutes(api, readers);
}

}  // namespace sanwang::api
