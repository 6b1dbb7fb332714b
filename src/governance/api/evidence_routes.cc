// Evidence of a milestone's progress over HTTP (docs/governance.md §1): upload a file to a
// milestone, list its files, download one. The body of an upload is the file itself, its
// type the Content-Type, its name the `name` query parameter (percent-encoded, as a
// browser's URLSearchParams writes it). Every decision is governance/ledger_evidence.h's;
// only the size a body may have is answered here first, as 413, the status of the
// server's own upload limit. A download is api/file_download.h's.
#include "api/api.h"
#include "api/file_download.h"
#include "api/openapi_schema.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "governance/api/evidence_json.h"
#include "governance/api/evidence_schemas.h"
#include "governance/api/ledger_call.h"
#include "governance/evidence_file.h"
#include "governance/ledger_evidence.h"

namespace sanwang::api {
namespace {

std::string ContentDisposition(const store::LedgerEvidenceRecord& e) {
  return AttachmentDisposition(
      "evidence-" + std::to_string(e.id) + "." + governance::EvidenceExtension(e.content_type), e.file_name);
}

Result<HttpResponse> UploadRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  if (call.request.body.size() > governance::kMaxEvidenceBytes) {
    return TooLargeResponse("单个佐证材料不超过 " + std::to_string(governance::kMaxEvidenceBytes >> 20) +
                                " MB an evidence file may have at most " +
                                std::to_string(governance::kMaxEvidenceBytes) + " bytes",
                            "body");
  }
  governance::EvidenceUpload upload{call.request.Query("name"), call.request.Header("content-type"),
                                    call.request.body};
  SW_ASSIGN_OR_RETURN(auto stored, governance::AttachEvidence(ledger, id, upload));
  return JsonResponse(201, EvidenceJson(stored));
}

Result<HttpResponse> ListRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto files, governance::MilestoneEvidence(ledger, id));
  return JsonResponse(200, {{"items", EvidenceListJson(files)}});
}

Result<HttpResponse> DownloadRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::Ledger ledger, LedgerOf(call));
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(std::int64_t evidence_id, ParseId(call.params["evidence_id"], "evidence_id"));
  SW_ASSIGN_OR_RETURN(auto file, governance::EvidenceFile(ledger, id, evidence_id));
  const std::string disposition = ContentDisposition(file);
  return FileDownload(std::move(file.data), file.sha256, disposition);
}

}  // namespace

void AddEvidenceRoutes(Api& api) {
  const Access readers = Access::Roles(org::LedgerReaderRoles());
  api.Add(
      "POST", "/api/v1/ledger/milestones/{id}/evidence", readers,
      RouteDoc{
          "addLedgerEvidence",
          "Attach a file as evidence of progress (进度佐证材料): the body is the file itself — a JPEG, PNG "
          "or WebP photo, a PDF, or a DOCX or XLSX document, checked whole, with its type as "
          "Content-Type — up to 10 MiB, and `name` its file name. The staff of the milestone's own "
          "unit, while they may report progress on it (403 otherwise); the unit's next progress report "
          "claims the files uploaded since the one before. 400 naming content_type or body for a type "
          "not allowed or bytes that are not that type; 413 past 10 MiB; 422 when the milestone holds "
          "its most files (30)."}
          .Takes(EvidenceUploadSchema(), "application/octet-stream")
          .Query("name", schema::String(), "The file's name as the device gave it; kept made safe.")
          .Answers(LedgerEvidenceSchema(), 201)
          .Refuses({422}),
      FromResult(UploadRoute));
  api.Add("GET", "/api/v1/ledger/milestones/{id}/evidence", readers,
          RouteDoc{"listLedgerEvidence",
                   "The milestone's evidence files, oldest first, each with the progress report that claimed "
                   "it. Everyone who sees the milestone."}
              .Answers(LedgerEvidenceListSchema()),
          FromResult(ListRoute));
  api.Add("GET", "/api/v1/ledger/milestones/{id}/evidence/{evidence_id}", readers,
          RouteDoc{"getLedgerEvidence",
                   "One evidence file's bytes as a download (application/octet-stream) under its file name, "
                   "whose extension is that of its checked type; never cached."}
              .AnswersFile("application/octet-stream"),
          FromResult(DownloadRoute));
}

}  // namespace sanwang::api
