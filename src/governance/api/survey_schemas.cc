#include "governance/api/survey_schemas.h"

#include "api/openapi_schema.h"
#include "governance/survey_desk.h"
#include "governance/survey_terms.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json Code(const char* example) { return WithExample(String(), example); }

json Question() {
  json option = WholeObject({{"code", Code("yes")}, {"label", WithExample(String(), "是")}});
  return Named(
      "SurveyQuestion",
      ClosedObject(
          {{"code", Code("satisfied")},
           {"kind", Enum({"single", "multiple", "likert", "matrix", "number", "text"})},
           {"text", WithExample(Text(300), "您对居住环境的总体满意程度")},
           {"required", Boolean()},
           {"options",
            Described(ArrayOf(option), "Single and multiple choice: the choices; matrix: the rows.")},
           {"minimum", Number()},
           {"maximum", Number()},
           {"show_when",
            Described(Nullable(WholeObject({{"question", Code("lives")}, {"any_of", ArrayOf(String())}})),
                      "Shown only when an earlier single-choice question has one of these answers.")}},
          {"code", "kind", "text"}));
}

json Index() {
  return Named(
      "SurveyIndex",
      ClosedObject({{"code", Code("livability")},
                    {"name", WithExample(String(), "宜居度")},
                    {"min_sample",
                     Described(Integer(1, 10000), "Below this many respondents an estimate is flagged.")},
                    {"questions",
                     ArrayOf(ClosedObject({{"code", Code("satisfied")}, {"weight", Number()}}, {"code"}))}},
                   {"code", "name", "questions"}));
}

json UnitRef() {
  return WholeObject({{"id", Integer()},
                      {"code", WithExample(String(), "411002001001")},
                      {"name", WithExample(String(), "西大街社区")}});
}

json Estimate() {
  return Named(
      "IndexEstimate",
      WholeObject({{"value",
                    Described(Nullable(Number()), "0–100, to hundredths; null without a scored respondent.")},
                   {"ci_low", Described(Nullable(Number()), "The 95% interval's ends, cut to 0–100.")},
                   {"ci_high", Nullable(Number())},
                   {"sample", Integer()},
                   {"strata", Described(Integer(), "Communities in the area (1 for a community).")},
                   {"strata_answered", Integer()},
                   {"small_sample", Described(Boolean(), "Fewer respondents than the index's minimum.")}}));
}

json AreaIndex() {
  return WholeObject({{"unit_id", Integer()},
                      {"name", String()},
                      {"kind", Enum({"district", "street", "community"})},
                      {"estimate", Estimate()}});
}

}  // namespace

json SurveySchema() {
  json may = WholeObject({{"edit", Boolean()},
                          {"open", Boolean()},
                          {"close", Boolean()},
                          {"answer", Boolean()},
                          {"answered", Boolean()},
                          {"record", Boolean()},
                          {"issue_links", Boolean()},
                          {"results", Boolean()},
                          {"export", Boolean()}});
  return Named(
      "Survey",
      WholeObject(
          {{"id", Integer()},
           {"title", WithExample(Text(60), "2026年下半年群众满意度测评")},
           {"intro", Text(2000)},
           {"series", WithExample(Text(30), "群众满意度")},
           {"period", WithExample(Text(30), "2026年下半年")},
           {"area", UnitRef()},
           {"opens_at", DateTime()},
           {"closes_at",
            Described(DateTime(), "Answers are taken while opens_at <= now < closes_at (server clock).")},
           {"state", Enum({governance::kSurveyDraft, governance::kSurveyOpen, governance::kSurveyClosed})},
           {"state_label", WithExample(String(), "进行中 Open")},
           {"questions", ArrayOf(Question())},
           {"indices", ArrayOf(Index())},
           {"created_at", DateTime()},
           {"demo", Boolean()},
           {"communities", Described(ArrayOf(UnitRef()),
                                     "The communities the caller may name for a recorded answer or links.")},
           {"may", Described(may, "What the caller may do now.")}}));
}

json SurveyListSchema() { return ItemList(SurveySchema()); }

json NewSurveySchema() {
  return ClosedObject(
      {{"title", Text(60)},
       {"intro", Text(2000)},
       {"series", Text(30)},
       {"period", Text(30)},
       {"area_unit_id", Described(Integer(), "The district or one of its sub-districts.")},
       {"opens_at", DateTime()},
       {"closes_at", DateTime()},
       {"questions", ArrayOf(Question())},
       {"indices", ArrayOf(Index())}},
      {"title", "series", "period", "area_unit_id", "opens_at", "closes_at", "questions", "indices"});
}

json SurveyMoveSchema() {
  return WholeObject({{"state", Described(Enum({governance::kSurveyOpen, governance::kSurveyClosed}),
                                          "draft → open, open → closed.")}});
}

json SurveyAnswerSchema() {
  json answers = Object(json::object(), {});
  return WholeObject(
      {{"answers", Described(WithExample(answers, json{{"lives", "yes"}, {"satisfied", 4}}),
                             "Question code → an option code, option codes, a whole number 1–5, "
                             "row code → 1–5, a number or text.")}});
}

json RecordedAnswerSchema() {
  json out = SurveyAnswerSchema();
  out["properties"]["community_id"] = Integer();
  out["properties"]["channel"] = Enum({governance::kChannelPaper, governance::kChannelTelephone});
  out["required"] = json::array({"answers", "community_id", "channel"});
  return out;
}

json SurveyResponseSchema() {
  return WholeObject({{"id", Integer()},
                      {"survey_id", Integer()},
                      {"community", UnitRef()},
                      {"channel", Enum(governance::SurveyChannels())},
                      {"submitted_at", DateTime()}});
}

json NewSurveyLinksSchema() {
  return WholeObject({{"community_id", Integer()}, {"count", Integer(1, governance::kMaxLinksAtOnce)}});
}

json SurveyLinksSchema() {
  return WholeObject(
      {{"community", UnitRef()},
       {"tokens", Described(ArrayOf(String()),
                            "Shown this once: each opens /s/<token> in the browser and answers once.")}});
}

json LinkSurveySchema() {
  return WholeObject({{"title", String()},
                      {"intro", String()},
                      {"period", String()},
                      {"closes_at", DateTime()},
                      {"questions", ArrayOf(Question())}});
}

json SurveyResultsSchema() {
  json index = WholeObject({{"code", Code("livability")},
                            {"name", WithExample(String(), "宜居度")},
                            {"min_sample", Integer()},
                            {"area", AreaIndex()},
                            {"streets", ArrayOf(AreaIndex())},
                            {"communities", ArrayOf(AreaIndex())}});
  json channels = Object(json::object(), {});
  channels["additionalProperties"] = Integer();
  return WholeObject(
      {{"responses", Integer()},
       {"by_channel", Described(channels, "Answers per channel: app, link, paper, telephone.")},
       {"indices", ArrayOf(index)}});
}

json SurveyTrendSchema() {
  json indices = Object(json::object(), {});
  indices["additionalProperties"] = Estimate();
  return WholeObject(
      {{"items",
        ArrayOf(WholeObject({{"survey_id", Integer()},
                             {"period", String()},
                             {"opens_at", DateTime()},
                             {"indices", Described(indices, "Index code → the round's estimate.")}}))}});
}

json SurveyTextsSchema() {
  json answer = WholeObject({{"question", Code("comment")}, {"community", String()}, {"text", String()}});
  return WholeObject(
      {{"items", ArrayOf(WholeObject({{"topic", WithExample(String(), "市容环境 City appearance")},
                                      {"count", Integer()},
                                      {"answers", ArrayOf(answer)}}))}});
}

json SurveyMapSchema() {
  json indices = Object(json::object(), {});
  indices["additionalProperties"] = Nullable(Number());
  json feature = WholeObject(
      {{"type", Enum({"Feature"})},
       {"geometry", Object(json::object(), {})},
       {"properties", WholeObject({{"unit_id", Integer()},
                                   {"name", String()},
                                   {"indices", Described(indices,
                                                         "Index code → the community's value; "
                                                         "<code>_sample → its respondents.")}})}});
  return WholeObject({{"type", Enum({"FeatureCollection"})}, {"features", ArrayOf(feature)}});
}

}  // namespace sanwang::api
