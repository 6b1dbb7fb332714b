// Residents' surveys over HTTP (民意测评, docs/governance.md §11): writing, opening and
// closing a survey; answering on the phone pages, by staff for paper and telephone answers,
// and through a one-time link without an account; the indices with their intervals, the
// trend, the map, the free text and the raw answers for export. Every decision is
// governance/survey_desk.h's, survey_results.h's and survey_export.h's; this file turns HTTP
// into those calls and answers back.
#include "api/api.h"
#include "api/openapi_schema.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "governance/api/survey_call.h"
#include "governance/api/survey_json.h"
#include "governance/api/survey_schemas.h"
#include "governance/survey_export.h"
#include "governance/survey_results.h"
#include "org/survey_roles.h"

namespace sanwang::api {
namespace {

using governance::SurveyDesk;
using nlohmann::json;

Result<std::int64_t> IdParam(Call& call) { return ParseId(call.params["id"], "id"); }

Result<HttpResponse> SurveyResponse(const SurveyDesk& desk, const governance::Survey& s, int status) {
  SW_ASSIGN_OR_RETURN(auto abilities, governance::AbilitiesOf(desk, s));
  return JsonResponse(status, SurveyJson(desk, s, abilities));
}

json ResponseJson(const SurveyDesk& desk, const store::SurveyResponseRecord& r) {
  const store::UnitRecord* c = desk.org.Find(r.community_id);
  return {{"id", r.id},
          {"survey_id", r.survey_id},
          {"community", {{"id", r.community_id}, {"code", c ? c->code : ""}, {"name", c ? c->name : ""}}},
          {"channel", r.channel},
          {"submitted_at", FormatIso8601(r.submitted_at)}};
}

Result<json> AnswersOf(const std::string& body, const std::vector<std::string>& allowed) {
  SW_ASSIGN_OR_RETURN(json o, ParseJsonObject(body, allowed));
  if (!o.contains("answers") || !o["answers"].is_object())
    return InvalidArgument(
        "answers 应为对象（题目代码 → 答案） answers must be an object of question code → answer", "answers");
  return o;
}

Result<HttpResponse> ListRoute(Call& call) {
  const SurveyDesk desk = SurveyDeskOf(call);
  SW_ASSIGN_OR_RETURN(auto surveys, governance::ListSurveys(desk));
  json items = json::array();
  for (const auto& s : surveys) {
    SW_ASSIGN_OR_RETURN(auto abilities, governance::AbilitiesOf(desk, s));
    items.push_back(SurveyJson(desk, s, abilities));
  }
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> CreateRoute(Call& call) {
  const SurveyDesk desk = SurveyDeskOf(call);
  SW_ASSIGN_OR_RETURN(auto terms, SurveyTermsFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto made, governance::CreateSurvey(desk, terms));
  return SurveyResponse(desk, made, 201);
}

Result<HttpResponse> GetRoute(Call& call) {
  const SurveyDesk desk = SurveyDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(auto s, governance::FindSurvey(desk, id));
  return SurveyResponse(desk, s, 200);
}

Result<HttpResponse> EditRoute(Call& call) {
  const SurveyDesk desk = SurveyDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(auto terms, SurveyTermsFromJson(call.request.body));
  SW_ASSIGN_OR_RETURN(auto s, governance::EditSurvey(desk, id, terms));
  return SurveyResponse(desk, s, 200);
}

Result<HttpResponse> MoveRoute(Call& call) {
  const SurveyDesk desk = SurveyDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(json o, ParseJsonObject(call.request.body, {"state"}));
  SW_ASSIGN_OR_RETURN(std::string to, StringField(o, "state", true));
  SW_ASSIGN_OR_RETURN(auto s, governance::MoveSurvey(desk, id, to));
  return SurveyResponse(desk, s, 200);
}

Result<HttpResponse> AnswerRoute(Call& call) {
  const SurveyDesk desk = SurveyDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(json o, AnswersOf(call.request.body, {"answers"}));
  SW_ASSIGN_OR_RETURN(auto stored, governance::AnswerSurvey(desk, id, o["answers"]));
  return JsonResponse(201, ResponseJson(desk, stored));
}

Result<HttpResponse> RecordRoute(Call& call) {
  const SurveyDesk desk = SurveyDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(json o, AnswersOf(call.request.body, {"answers", "community_id", "channel"}));
  SW_ASSIGN_OR_RETURN(std::int64_t community, RequiredIntegerField(o, "community_id"));
  SW_ASSIGN_OR_RETURN(std::string channel, StringField(o, "channel", true));
  SW_ASSIGN_OR_RETURN(auto stored, governance::RecordAnswer(desk, id, community, channel, o["answers"]));
  return JsonResponse(201, ResponseJson(desk, stored));
}

Result<HttpResponse> IssueLinksRoute(Call& call) {
  const SurveyDesk desk = SurveyDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(json o, ParseJsonObject(call.request.body, {"community_id", "count"}));
  SW_ASSIGN_OR_RETURN(std::int64_t community, RequiredIntegerField(o, "community_id"));
  SW_ASSIGN_OR_RETURN(std::int64_t count, RequiredIntegerField(o, "count"));
  SW_ASSIGN_OR_RETURN(auto tokens,
                      governance::IssueLinks(desk, id, community,
                                             static_cast<int>(std::clamp<std::int64_t>(count, 0, 1000))));
  const store::UnitRecord* c = desk.org.Find(community);
  return JsonResponse(
      201, {{"community", {{"id", community}, {"code", c->code}, {"name", c->name}}}, {"tokens", tokens}});
}

Result<HttpResponse> LinkSurveyRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(auto s, governance::SurveyOfLink(SurveyDeskOf(call), call.params["token"]));
  return JsonResponse(200, LinkSurveyJson(s));
}

Result<HttpResponse> LinkAnswerRoute(Call& call) {
  const SurveyDesk desk = SurveyDeskOf(call);
  SW_ASSIGN_OR_RETURN(json o, AnswersOf(call.request.body, {"answers"}));
  SW_ASSIGN_OR_RETURN(auto stored, governance::AnswerThroughLink(desk, call.params["token"], o["answers"]));
  return JsonResponse(201, ResponseJson(desk, stored));
}

Result<HttpResponse> ResultsRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(auto results, governance::ComputeSurveyResults(SurveyDeskOf(call), id));
  return JsonResponse(200, SurveyResultsJson(results));
}

Result<HttpResponse> MapRoute(Call& call) {
  const SurveyDesk desk = SurveyDeskOf(call);
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(auto results, governance::ComputeSurveyResults(desk, id));
  return JsonResponse(200, SurveyMapJson(desk, results));
}

Result<HttpResponse> TrendRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(auto trend, governance::SurveyTrend(SurveyDeskOf(call), id));
  return JsonResponse(200, SurveyTrendJson(trend));
}

Result<HttpResponse> TextsRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  auto model = call.api.classifier().Get(call.db, call.domain->org.district_code());
  const classify::Classifier* classifier = model.ok() && *model ? &(*model)->classifier : nullptr;
  SW_ASSIGN_OR_RETURN(auto groups,
                      governance::FreeTextGroups(SurveyDeskOf(call), id, classifier, call.domain->catalog));
  return JsonResponse(200, TextGroupsJson(groups));
}

HttpResponse Download(std::string bytes, const std::string& type, const std::string& name) {
  HttpResponse r;
  r.content_type = type;
  r.body = std::move(bytes);
  r.headers.emplace("Content-Disposition", "attachment; filename=\"" + name + "\"");
  r.headers.emplace("Cache-Control", "no-store");
  return r;
}

Result<HttpResponse> CsvRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(std::string csv, governance::SurveyAnswersCsv(SurveyDeskOf(call), id));
  return Download(std::move(csv), "text/csv; charset=utf-8", "survey-" + std::to_string(id) + "-answers.csv");
}

Result<HttpResponse> XlsxRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, IdParam(call));
  SW_ASSIGN_OR_RETURN(std::string xlsx, governance::SurveyAnswersXlsx(SurveyDeskOf(call), id));
  return Download(std::move(xlsx), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                  "survey-" + std::to_string(id) + "-answers.xlsx");
}

void AddSetUpRoutes(Api& api, const Access& users, const Access& organizers) {
  api.Add(
      "GET", "/api/v1/surveys", users,
      RouteDoc{"listSurveys",
               "The surveys the caller may see, newest window first: residents the open and closed ones of "
               "an area holding their community, staff every one but drafts, organizers all."}
          .Answers(SurveyListSchema()),
      FromResult(ListRoute));
  api.Add("POST", "/api/v1/surveys", organizers,
          RouteDoc{"createSurvey",
                   "A new survey as a draft: the questionnaire (with skip logic), the indices read from its "
                   "Likert questions and matrix rows, the area (the district or a sub-district) and the "
                   "window. 400 names the first bad field; 409 for a title the district has."}
              .Takes(NewSurveySchema())
              .Answers(SurveySchema(), 201)
              .Refuses({409}),
          FromResult(CreateRoute));
  api.Add("GET", "/api/v1/surveys/{id}", users,
          RouteDoc{"getSurvey", "One survey with its questions, indices and what the caller may do."}.Answers(
              SurveySchema()),
          FromResult(GetRoute));
  api.Add("PUT", "/api/v1/surveys/{id}", organizers,
          RouteDoc{"editSurvey", "Rewrites a draft. 409 once it is open."}
              .Takes(NewSurveySchema())
              .Answers(SurveySchema())
              .Refuses({409}),
          FromResult(EditRoute));
  api.Add("POST", "/api/v1/surveys/{id}/state", organizers,
          RouteDoc{"moveSurvey", "draft → open, or open → closed. 422 for any other move."}
              .Takes(SurveyMoveSchema())
              .Answers(SurveySchema())
              .Refuses({409, 422}),
          FromResult(MoveRoute));
}

void AddAnswerRoutes(Api& api) {
  api.Add("POST", "/api/v1/surveys/{id}/answers", Access::Roles(org::SurveyRespondentRoles()),
          RouteDoc{"answerSurvey",
                   "A resident's answer, for their own community, once per account (409 the second time). "
                   "422 outside the window; 400 names the question an answer breaks."}
              .Takes(SurveyAnswerSchema())
              .Answers(SurveyResponseSchema(), 201)
              .Refuses({409, 422}),
          FromResult(AnswerRoute));
  api.Add("POST", "/api/v1/surveys/{id}/recorded", Access::Roles(org::SurveyRecorderRoles()),
          RouteDoc{"recordSurveyAnswer",
                   "A paper or telephone answer typed in by staff for a community in their scope, marked as "
                   "such. 422 outside the window."}
              .Takes(RecordedAnswerSchema())
              .Answers(SurveyResponseSchema(), 201)
              .Refuses({422}),
          FromResult(RecordRoute));
  api.Add("POST", "/api/v1/surveys/{id}/links", Access::Roles(org::SurveyOrganizerRoles()),
          RouteDoc{"issueSurveyLinks",
                   "One-time links for people without an account, for a community of the survey's area: the "
                   "tokens are shown this once (only their hashes are kept). 422 outside the window."}
              .Takes(NewSurveyLinksSchema())
              .Answers(SurveyLinksSchema(), 201)
              .Refuses({422}),
          FromResult(IssueLinksRoute));
  api.Add("GET", "/api/v1/survey-links/{token}", Access::Public(),
          RouteDoc{"getLinkSurvey", "The survey a one-time link answers. 404 unknown; 409 used."}
              .Answers(LinkSurveySchema())
              .Refuses({409}),
          FromResult(LinkSurveyRoute));
  api.AddFiling(
      "POST", "/api/v1/survey-links/{token}", Access::Public(),
      RouteDoc{"answerLinkSurvey",
               "The answer of a one-time link's holder, counted for the link's community. 409 when the "
               "link was used; 422 outside the window."}
          .Takes(SurveyAnswerSchema())
          .Answers(SurveyResponseSchema(), 201)
          .Refuses({409, 422}),
      FromResult(LinkAnswerRoute));
}

void AddResultRoutes(Api& api, const Access& readers, const Access& organizers) {
  api.AddHeavyRead(
      "/api/v1/surveys/{id}/results", readers,
      RouteDoc{"getSurveyResults",
               "Each index for the survey's area, its sub-districts and its communities: the value "
               "on 0–100 with its 95% interval and sample, areas post-stratified on the "
               "communities' households, small samples flagged; answers per channel."}
          .Answers(SurveyResultsSchema()),
      FromResult(ResultsRoute));
  api.AddHeavyRead(
      "/api/v1/surveys/{id}/map", readers,
      RouteDoc{"getSurveyMap", "The area's communities as GeoJSON, each with its index values."}.Answers(
          SurveyMapSchema()),
      FromResult(MapRoute));
  api.AddHeavyRead(
      "/api/v1/surveys/{id}/trend", readers,
      RouteDoc{"getSurveyTrend",
               "Each index over the rounds of the survey's series (open and closed), oldest first."}
          .Answers(SurveyTrendSchema()),
      FromResult(TrendRoute));
  api.AddHeavyRead(
      "/api/v1/surveys/{id}/texts", readers,
      RouteDoc{"getSurveyTexts",
               "The free-text answers grouped by the topic the case classifier gives them, largest "
               "group first; no respondent named."}
          .Answers(SurveyTextsSchema()),
      FromResult(TextsRoute));
  api.AddHeavyRead(
      "/api/v1/surveys/{id}/answers.csv", organizers,
      RouteDoc{"exportSurveyAnswersCsv",
               "The raw answers as CSV (UTF-8 with BOM) without personal data: community, channel, "
               "day and a column per question."}
          .AnswersFile("text/csv"),
      FromResult(CsvRoute));
  api.AddHeavyRead(
      "/api/v1/surveys/{id}/answers.xlsx", organizers,
      RouteDoc{"exportSurveyAnswersXlsx", "The same raw answers as an XLSX workbook."}.AnswersFile(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      FromResult(XlsxRoute));
}

}  // namespace

void AddSurveyRoutes(Api& api) {
  const Access users = Access::Roles(org::SurveyUserRoles());
  const Access organizers = Access::Roles(org::SurveyOrganizerRoles());
  AddSetUpRoutes(api, users, organizers);
  AddAnswerRoutes(api);
  // Readers and organizers: an organizer is a reader too (supervisor).
  AddResultRoutes(api, Access::Roles(org::SurveyReaderRoles()), organizers);
}

}  // namespace sanwang::api
