// Information work over HTTP (信息工作, docs/governance.md): the categories, levels and
// workflow, submitting and listing items, one item with its revisions, adoptions and
// events, the item workflow's actions, and the units' ranking for a period. Every decision
// is governance/information_desk.h's and information_ranking.h's; this file turns HTTP
// into those calls and answers back.
#include "api/api.h"
#include "api/auth.h"
#include "api/file_download.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "governance/api/information_call.h"
#include "governance/api/information_json.h"
#include "governance/api/information_schemas.h"
#include "governance/information_access.h"
#include "governance/information_publishing.h"

namespace sanwang::api {
namespace {

Result<HttpResponse> WordsRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::InformationDesk desk, InformationDeskOf(call));
  SW_RETURN_IF_ERROR(governance::MayReadInformation(desk.actor));
  SW_ASSIGN_OR_RETURN(auto categories, governance::InformationCategories(desk.db, desk.district()));
  SW_ASSIGN_OR_RETURN(auto levels, governance::InformationLevels(desk.db, desk.district()));
  return JsonResponse(200, InformationWordsJson(desk, categories, levels));
}

Result<HttpResponse> AddCategoryRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::InformationCategory category,
                      InformationCategoryFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto added, governance::AddInformationCategory(
                                      call.db, call.domain->org.district_code(), call.actor(), category));
  return JsonResponse(201, InformationCategoryJson(added));
}

Result<HttpResponse> AddLevelRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::InformationLevel level, InformationLevelFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto added, governance::AddInformationLevel(call.db, call.domain->org.district_code(),
                                                                  call.actor(), level));
  return JsonResponse(201, InformationLevelJson(added));
}

Result<HttpResponse> SubmitRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::InformationDesk desk, InformationDeskOf(call));
  SW_ASSIGN_OR_RETURN(governance::NewInformationItem item,
                      NewInformationItemFromJson(call.request.body, call.session->user.display_name));
  SW_ASSIGN_OR_RETURN(auto made, governance::SubmitInformation(desk, item));
  return JsonResponse(201, InformationItemJson(desk, made));
}

Result<governance::InformationFilter> FilterOf(const Call& call, const Page& page) {
  governance::InformationFilter f;
  f.state = call.request.Query("state");
  f.unit_code = call.request.Query("unit");
  f.category_code = call.request.Query("category");
  const std::string queue = call.request.Query("queue");
  if (!queue.empty() && queue != "review") {
    return InvalidArgument("queue 只能为 review queue must be review", "queue");
  }
  f.to_review = queue == "review";
  if (std::string from = call.request.Query("from"); !from.empty()) {
    SW_ASSIGN_OR_RETURN(LocalDate day, ParseDay(from, "from"));
    f.submitted_from = StartOfLocalDay(day);
  }
  if (std::string to = call.request.Query("to"); !to.empty()) {
    SW_ASSIGN_OR_RETURN(LocalDate day, ParseDay(to, "to"));
    f.submitted_to = StartOfLocalDay(LocalDate{std::chrono::sys_days{day} + std::chrono::days{1}});
  }
  f.limit = page.page_size;
  f.offset = page.offset();
  return f;
}

Result<HttpResponse> ListRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::InformationDesk desk, InformationDeskOf(call));
  SW_ASSIGN_OR_RETURN(Page page, ParsePage(call.request, 200));
  SW_ASSIGN_OR_RETURN(governance::InformationFilter filter, FilterOf(call, page));
  SW_ASSIGN_OR_RETURN(auto found, governance::ListInformation(desk, filter));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& item : found.items) items.push_back(InformationItemJson(desk, item));
  return JsonResponse(
      200, {{"items", items}, {"total", found.total}, {"page", page.page}, {"page_size", page.page_size}});
}

Result<HttpResponse> Detail(const governance::InformationDesk& desk,
                            const store::InformationItemRecord& item) {
  SW_ASSIGN_OR_RETURN(auto history, governance::InformationHistoryOf(desk, item.id));
  return JsonResponse(200, InformationDetailJson(desk, item, history));
}

Result<HttpResponse> GetRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::InformationDesk desk, InformationDeskOf(call));
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto item, governance::FindInformation(desk, id));
  return Detail(desk, item);
}

Result<HttpResponse> ActRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::InformationDesk desk, InformationDeskOf(call));
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(governance::InformationAction action, InformationActionFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto item, governance::ActOnInformation(desk, id, action));
  return Detail(desk, item);
}

Result<HttpResponse> RankingRoute(Call& call) {
  SW_RETURN_IF_ERROR(governance::MayReadInformation(call.actor()));
  std::string level = call.request.Query("level");
  if (level.empty()) level = "community";
  SW_ASSIGN_OR_RETURN(governance::AssessmentPeriod period,
                      governance::ParsePeriod(call.request.Query("period")));
  SW_ASSIGN_OR_RETURN(auto standings,
                      governance::InformationRanking(call.db, call.domain->org, level, period));
  return JsonResponse(200, InformationRankingJson(period, level, standings));
}

Result<HttpResponse> PublishRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::InformationDesk desk, InformationDeskOf(call));
  SW_ASSIGN_OR_RETURN(InformationPublishRequest request,
                      InformationPublishRequestFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto report,
                      governance::PublishInformation(desk, request.period, request.level, request.text));
  return JsonResponse(201, InformationReportJson(report));
}

Result<HttpResponse> ListReportsRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(governance::InformationDesk desk, InformationDeskOf(call));
  SW_ASSIGN_OR_RETURN(auto reports, governance::InformationReports(desk));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& r : reports) items.push_back(InformationReportJson(r));
  return JsonResponse(200, {{"items", std::move(items)}});
}

Result<HttpResponse> ReportFile(Call& call, DocumentKind kind) {
  SW_ASSIGN_OR_RETURN(governance::InformationDesk desk, InformationDeskOf(call));
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto report, governance::InformationReportOf(desk, id));
  const bool pdf = kind == DocumentKind::kPdf;
  return DocumentDownload(pdf ? std::move(report.pdf) : std::move(report.xlsx), kind,
                          pdf ? report.pdf_sha256 : report.xlsx_sha256,
                          governance::InformationReportFileStem(report));
}

Result<HttpResponse> ReportPdfRoute(Call& call) { return ReportFile(call, DocumentKind::kPdf); }
Result<HttpResponse> ReportXlsxRoute(Call& call) { return ReportFile(call, DocumentKind::kXlsx); }

void AddReportRoutes(Api& api, const Access& readers, const Access& editors) {
  api.Add(
      "POST", "/api/v1/information/reports", editors,
      RouteDoc{
          "publishInformationReport",
          "The editors publish a period's ranking of one kind of unit as a numbered notice (信息工作通报): "
          "{period, level, opening, closing}. Rendered once to PDF and XLSX and kept; the period must have "
          "ended and may go out once per kind of unit (422 otherwise)."}
          .Takes(PublishInformationSchema())
          .Answers(InformationReportSchema(), 201)
          .Refuses({422}),
      FromResult(PublishRoute));
  api.Add("GET", "/api/v1/information/reports", readers,
          RouteDoc{"listInformationReports", "The district's published information notices, newest first."}
              .Answers(InformationReportListSchema()),
          FromResult(ListReportsRoute));
  api.Add(
      "GET", "/api/v1/information/reports/{id}/pdf", readers,
      RouteDoc{"getInformationReportPdf",
               "A published information notice as the PDF rendered when it was published; its SHA-256 is the "
               "ETag."}
          .AnswersFile("application/pdf"),
      FromResult(ReportPdfRoute));
  api.Add(
      "GET", "/api/v1/information/reports/{id}/xlsx", readers,
      RouteDoc{"getInformationReportXlsx", "A published information notice's ranking as its XLSX workbook."}
          .AnswersFile("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      FromResult(ReportXlsxRoute));
}

nlohmann::json ListParameters() {
  nlohmann::json params = nlohmann::json::array();
  params.push_back(schema::QueryParameter("state", schema::String(), "One of the workflow's states."));
  params.push_back(UnitParameter("Items of this unit and the units below it (within the caller's sight)."));
  params.push_back(schema::QueryParameter("category", schema::String(), "Items of this category."));
  params.push_back(schema::QueryParameter("queue", schema::Enum({"review"}),
                                          "review: the items waiting for review, oldest first."));
  params.push_back(
      schema::QueryParameter("from", schema::Date(), "Items first submitted on or after this day."));
  params.push_back(
      schema::QueryParameter("to", schema::Date(), "Items first submitted on or before this day."));
  for (const auto& p : PagingParameters(200)) params.push_back(p);
  return params;
}

}  // namespace

void AddInformationRoutes(Api& api) {
  const Access readers = Access::Roles(org::InformationReaderRoles());
  const Access editors = Access::Roles(org::InformationEditorRoles());
  api.Add(
      "GET", "/api/v1/information", readers,
      RouteDoc{"getInformationWords",
               "Information work's words (信息工作): the categories and adoption levels (with points) items "
               "are filed under, built-in and the district's own, and the item workflow's states and "
               "actions, so that clients keep no list of their own. Community, street and department "
               "staff, the editors (supervisor) and leaders."}
          .Answers(InformationWordsSchema()),
      FromResult(WordsRoute));
  api.Add("POST", "/api/v1/information/categories", editors,
          RouteDoc{"addInformationCategory",
                   "The editors add a category: {code (lowercase letters, digits, _), name, name_en}; 409 "
                   "for a code the district has."}
              .Takes(NewInformationCategorySchema())
              .Answers(InformationCategorySchema(), 201)
              .Refuses({409}),
          FromResult(AddCategoryRoute));
  api.Add("POST", "/api/v1/information/levels", editors,
          RouteDoc{"addInformationLevel",
                   "The editors add an adoption level: {code, name, name_en, points 0..1000, rank 1..100 "
                   "(higher is higher: 区级 1, 市级 2, 省级 3)}; 409 for a code the district has."}
              .Takes(NewInformationLevelSchema())
              .Answers(InformationLevelSchema(), 201)
              .Refuses({409}),
          FromResult(AddLevelRoute));
  api.Add(
      "POST", "/api/v1/information/items", Access::Roles(org::InformationWriterRoles()),
      RouteDoc{"submitInformationItem",
               "A unit's staff submit an information item (报送信息) for their unit: {category, title (at "
               "most 100 characters), body (plain text, at most 20,000), author_name (default: the "
               "caller's name)}. It waits for review; when it is at least 80% alike to an item of the "
               "last 30 days it says so in `similar`. 400 naming the field for bad input."}
          .Takes(NewInformationItemSchema())
          .Answers(InformationItemSchema(), 201),
      FromResult(SubmitRoute));
  api.Add("GET", "/api/v1/information/items", readers,
          RouteDoc{"listInformationItems",
                   "The items the caller sees (unit staff: their unit's and those below it; the editors and "
                   "leaders: all), newest first or the review queue oldest first, filtered, in pages; each "
                   "with the actions the caller may take (allowed_actions)."}
              .Answers(InformationItemPageSchema())
              .Query(ListParameters()),
          FromResult(ListRoute));
  api.Add("GET", "/api/v1/information/items/{id}", readers,
          RouteDoc{"getInformationItem",
                   "One item as in the list, with every revision of its text, its adoptions (one per level) "
                   "and its events, oldest first. 404 outside the caller's sight."}
              .Answers(InformationItemDetailSchema()),
          FromResult(GetRoute));
  api.Add(
      "POST", "/api/v1/information/items/{id}/actions", readers,
      RouteDoc{"actOnInformationItem",
               "Take one of the item workflow's actions: {action, note, level, category, title, body}. The "
               "editors adopt (adopt: a level, higher than any it was adopted at), return with comments "
               "(return: note) or decline (decline: note); the source unit's staff revise and resubmit a "
               "returned item (resubmit: category, title, body; the revision is kept) or withdraw it. "
               "422 when the state does not allow the action; 409 when someone else moved the item first "
               "or it was adopted at that level or higher; 403 for a role or unit the workflow does not "
               "let act."}
          .Takes(InformationActionSchema())
          .Answers(InformationItemDetailSchema())
          .Refuses({409, 422}),
      FromResult(ActRoute));
  api.Add(
      "GET", "/api/v1/information/ranking", readers,
      RouteDoc{"getInformationRanking",
               "The units' information ranking for a period (信息工作排名): every unit of the level with "
               "items submitted, adopted, adopted per level, adoption rate and points, ranked by points, "
               "then adopted, then rate; equal units share a rank (tied). An item counts in the period it "
               "was first submitted in; a withdrawn one nowhere."}
          .Answers(InformationRankingSchema())
          .Query({schema::QueryParameter("period", schema::String(),
                                         "2026-11 (a month), 2026-Q4 (a quarter) or 2026 (a year).", true),
                  schema::QueryParameter("level", schema::Enum({"community", "street", "department"}),
                                         "Which units to rank; default community.")}),
      FromResult(RankingRoute));
  AddReportRoutes(api, readers, editors);
}

}  // namespace sanwang::api
