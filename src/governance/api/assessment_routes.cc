// Target assessment (目标考评) over HTTP (docs/governance.md §7): the schemes and their
// versions, computing a period, the ranking with each unit's breakdown, the values entered
// by hand and confirmed by a second person, publishing a result as a numbered notice
// (考评通报), and the public list and downloads of the notices. Every decision is
// governance/assessment_reading.h's, assessment_book.h's and assessment_publishing.h's;
// this file turns HTTP into those calls and answers back.
#include "api/api.h"
#include "api/file_download.h"
#include "api/openapi_schema.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "governance/api/assessment_call.h"
#include "governance/api/assessment_json.h"
#include "governance/api/assessment_schemas.h"
#include "org/roles.h"

namespace sanwang::api {
namespace {

Result<HttpResponse> ListSchemesRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(auto schemes, governance::ListSchemes(AssessmentOf(call)));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& s : schemes) items.push_back(SchemeSummaryJson(s));
  return JsonResponse(200, {{"items", std::move(items)}});
}

Result<HttpResponse> SchemeDetailResponse(const governance::AssessmentBook& book,
                                          const governance::StoredScheme& stored, int status) {
  SW_ASSIGN_OR_RETURN(auto versions, governance::SchemeVersionsById(book, stored.record.scheme_id));
  return JsonResponse(status, SchemeDetailJson(stored, versions));
}

Result<HttpResponse> GetSchemeRoute(Call& call) {
  const governance::AssessmentBook book = AssessmentOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto version, OptionalQueryId(call.request, "version"));
  SW_ASSIGN_OR_RETURN(auto stored, governance::SchemeById(book, id, version));
  return SchemeDetailResponse(book, stored, 200);
}

Result<HttpResponse> SaveSchemeRoute(Call& call) {
  const governance::AssessmentBook book = AssessmentOf(call);
  SW_ASSIGN_OR_RETURN(auto scheme, governance::ParseScheme(call.request.body));
  SW_ASSIGN_OR_RETURN(auto saved, governance::SaveScheme(book, scheme));
  return SchemeDetailResponse(book, saved, 200);
}

Result<HttpResponse> ListResultsRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(auto scheme, OptionalQueryId(call.request, "scheme"));
  SW_ASSIGN_OR_RETURN(auto results, governance::ListResults(AssessmentOf(call), scheme));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& r : results) items.push_back(ResultSummaryJson(r));
  return JsonResponse(200, {{"items", std::move(items)}});
}

Result<HttpResponse> GetResultRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto reading, governance::ReadResult(AssessmentOf(call), id));
  return JsonResponse(200, ResultJson(reading));
}

Result<HttpResponse> ComputeRoute(Call& call) {
  const governance::AssessmentBook book = AssessmentOf(call);
  SW_ASSIGN_OR_RETURN(ComputeRequest request, ComputeRequestFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto computed, governance::ComputeById(book, request.scheme_id, request.period));
  SW_ASSIGN_OR_RETURN(auto reading, governance::ReadResult(book, computed.id));
  return JsonResponse(201, ResultJson(reading));
}

Result<HttpResponse> PublishRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(governance::NoticeText text, PublicationTextFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto report, governance::PublishResult(AssessmentOf(call), id, text));
  return JsonResponse(201, ReportJson(report));
}

Result<HttpResponse> ListValuesRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(auto scheme, OptionalQueryId(call.request, "scheme"));
  if (!scheme) return InvalidArgument("请指定考评方案 scheme is required", "scheme");
  SW_ASSIGN_OR_RETURN(auto values,
                      governance::ListValues(AssessmentOf(call), *scheme, call.request.Query("period")));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& v : values) items.push_back(ValueJson(v));
  return JsonResponse(200, {{"items", std::move(items)}});
}

Result<HttpResponse> EnterValueRoute(Call& call) {
  const governance::AssessmentBook book = AssessmentOf(call);
  SW_ASSIGN_OR_RETURN(ValueEntry entry, ValueEntryFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto scheme, governance::SchemeById(book, entry.scheme_id));
  entry.value.scheme = scheme.record.name;
  SW_ASSIGN_OR_RETURN(auto value, governance::EnterValue(book, entry.value));
  return JsonResponse(201, ValueJson(value));
}

Result<HttpResponse> ConfirmValueRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto value, governance::ConfirmValue(AssessmentOf(call), id));
  return JsonResponse(200, ValueJson(value));
}

// Public: the notices are published to everyone, so no session is asked for.
Result<HttpResponse> ListReportsRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(auto reports, governance::ListReports(call.db, call.domain->org.district_code()));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& r : reports) items.push_back(ReportJson(r));
  return JsonResponse(200, {{"items", std::move(items)}});
}

Result<HttpResponse> ReportFile(Call& call, DocumentKind kind) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto report, governance::ReportOf(call.db, call.domain->org.district_code(), id));
  const bool pdf = kind == DocumentKind::kPdf;
  return DocumentDownload(pdf ? std::move(report.pdf) : std::move(report.xlsx), kind,
                          pdf ? report.pdf_sha256 : report.xlsx_sha256, governance::ReportFileStem(report));
}

Result<HttpResponse> ReportPdfRoute(Call& call) { return ReportFile(call, DocumentKind::kPdf); }
Result<HttpResponse> ReportXlsxRoute(Call& call) { return ReportFile(call, DocumentKind::kXlsx); }

nlohmann::json SchemeParameter(bool required, const std::string& text) {
  return schema::QueryParameter("scheme", schema::Integer(), text, required);
}

void AddSchemeRoutes(Api& api, const Access& readers, const Access& office) {
  api.Add("GET", "/api/v1/assessment/schemes", readers,
          RouteDoc{"listAssessmentSchemes",
                   "The district's assessment schemes (考评方案), the newest version of each, by name. Staff "
                   "of a unit, the supervision office, leaders and admins."}
              .Answers(SchemeSummaryListSchema()),
          FromResult(ListSchemesRoute));
  api.Add("GET", "/api/v1/assessment/schemes/{id}", readers,
          RouteDoc{"getAssessmentScheme",
                   "One scheme with its indicators and the list of its versions; ?version=N gives an older "
                   "version as it was saved (a saved version is never rewritten)."}
              .Answers(SchemeDetailSchema())
              .Query(schema::QueryParameter("version", schema::Integer(1, 1000000),
                                            "An older version of the scheme.")),
          FromResult(GetSchemeRoute));
  api.Add("POST", "/api/v1/assessment/schemes", office,
          RouteDoc{"saveAssessmentScheme",
                   "The supervision office saves a scheme under its name; the answer is the newest version: "
                   "version 1 of a new scheme, the next version of a changed one, the same version when "
                   "nothing changed (a saved version is never rewritten). Refused (400, the field "
                   "as a path such as indicators[2].rule.steps[1].bound) when the base weights do not sum "
                   "to 100 or a rule is malformed; 409 when another version was saved meanwhile."}
              .Takes(AssessmentSchemeSchema())
              .Answers(SchemeDetailSchema())
              .Refuses({409}),
          FromResult(SaveSchemeRoute));
}

void AddResultRoutes(Api& api, const Access& readers, const Access& office) {
  api.Add("GET", "/api/v1/assessment/results", readers,
          RouteDoc{"listAssessmentResults",
                   "The computed results (考评结果), of one scheme with ?scheme=ID, the newest period first, "
                   "each with its notice's number once published."}
              .Answers(ResultSummaryListSchema())
              .Query(SchemeParameter(false, "Results of this scheme.")),
          FromResult(ListResultsRoute));
  api.Add(
      "GET", "/api/v1/assessment/results/{id}", readers,
      RouteDoc{"getAssessmentResult",
               "A result's ranking with each unit's breakdown: per indicator the raw value, the points of "
               "the maximum, the place under a rank rule and how the points were earned. Before "
               "publication a unit's staff see only their own unit's lines and those below it; a published "
               "result is public, so every reader sees all."}
          .Answers(AssessmentResultSchema()),
      FromResult(GetResultRoute));
  api.Add(
      "POST", "/api/v1/assessment/results", office,
      RouteDoc{"computeAssessment",
               "The office computes a period of a scheme: {scheme_id, period}, the period of the scheme's "
               "kind (2026-11, 2026-Q4, 2026). Replaces an unpublished result of the period; 422 for a "
               "published one."}
          .Takes(ComputeRequestSchema())
          .Answers(AssessmentResultSchema(), 201)
          .Refuses({404, 409, 422}),
      FromResult(ComputeRoute));
  api.Add(
      "POST", "/api/v1/assessment/results/{id}/publish", office,
      RouteDoc{"publishAssessment",
               "The office publishes a result as the district's next numbered notice (考评通报), with its "
               "own opening and closing text: rendered once to PDF and XLSX and kept as those bytes, "
               "never edited again. 422 when the result is published already."}
          .Takes(PublicationTextSchema())
          .Answers(AssessmentReportSchema(), 201)
          .Refuses({409, 422}),
      FromResult(PublishRoute));
}

void AddValueRoutes(Api& api, const Access& office) {
  api.Add(
      "GET", "/api/v1/assessment/values", office,
      RouteDoc{"listAssessmentValues",
               "The values the office entered by hand for a scheme's period (?scheme=ID&period=P), "
               "confirmed or not, oldest first. Only confirmed values count."}
          .Answers(AssessmentValueListSchema())
          .Refuses({404})
          .Query(nlohmann::json::array({SchemeParameter(true, "The scheme."),
                                        schema::QueryParameter("period", schema::String(),
                                                               "The period, of the scheme's kind.", true)})),
      FromResult(ListValuesRoute));
  api.Add("POST", "/api/v1/assessment/values", office,
          RouteDoc{"enterAssessmentValue",
                   "The office enters a value of a manual indicator for a unit and period, with the evidence "
                   "it rests on. It counts once another account confirms it."}
              .Takes(ValueEntrySchema())
              .Answers(AssessmentValueSchema(), 201)
              .Refuses({404}),
          FromResult(EnterValueRoute));
  api.Add("POST", "/api/v1/assessment/values/{id}/confirm", office,
          RouteDoc{"confirmAssessmentValue",
                   "A second account of the office confirms a value (双人复核). 403 for the account that "
                   "entered it; 409 when it is confirmed already."}
              .Answers(AssessmentValueSchema())
              .Refuses({409}),
          FromResult(ConfirmValueRoute));
}

void AddReportRoutes(Api& api) {
  api.Add(
      "GET", "/api/v1/assessment/reports", Access::Public(),
      RouteDoc{"listAssessmentReports",
               "The district's published assessment notices (考评通报), newest first. Public: no sign-in."}
          .Answers(AssessmentReportListSchema()),
      FromResult(ListReportsRoute));
  api.Add("GET", "/api/v1/assessment/reports/{id}/pdf", Access::Public(),
          RouteDoc{"getAssessmentReportPdf",
                   "A published notice as the PDF rendered when it was published; its SHA-256 is the ETag."}
              .AnswersFile("application/pdf"),
          FromResult(ReportPdfRoute));
  api.Add(
      "GET", "/api/v1/assessment/reports/{id}/xlsx", Access::Public(),
      RouteDoc{"getAssessmentReportXlsx", "A published notice's ranking as the XLSX workbook kept with it."}
          .AnswersFile("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      FromResult(ReportXlsxRoute));
}

}  // namespace

void AddAssessmentRoutes(Api& api) {
  const Access readers = Access::Roles(org::LedgerReaderRoles());
  const Access office = Access::Roles(org::LedgerPlannerRoles());
  AddSchemeRoutes(api, readers, office);
  AddResultRoutes(api, readers, office);
  AddValueRoutes(api, office);
  AddReportRoutes(api);
}

}  // namespace sanwang::api
