#include "governance/api/survey_json.h"

#include <cmath>

#include "api/request_parsing.h"
#include "api/responses.h"

namespace sanwang::api {
namespace {

using nlohmann::json;

// Indices are shown to hundredths; more would be a precision the sample does not have.
double Hundredths(double v) { return std::round(v * 100.0) / 100.0; }

json EstimateJson(const governance::IndexEstimate& e) {
  return {{"value", e.has_value ? json(Hundredths(e.value)) : json()},
          {"ci_low", e.has_value ? json(Hundredths(e.ci_low)) : json()},
          {"ci_high", e.has_value ? json(Hundredths(e.ci_high)) : json()},
          {"sample", e.sample},
          {"strata", e.strata},
          {"strata_answered", e.strata_answered},
          {"small_sample", e.small_sample}};
}

json AreaJson(const governance::AreaIndex& a) {
  return {{"unit_id", a.unit_id}, {"name", a.name}, {"kind", a.kind}, {"estimate", EstimateJson(a.estimate)}};
}

json UnitRef(const governance::SurveyDesk& desk, store::Id id) {
  const store::UnitRecord* unit = desk.org.Find(id);
  if (unit == nullptr) return {{"id", id}, {"code", ""}, {"name", ""}};
  return {{"id", unit->id}, {"code", unit->code}, {"name", unit->name}};
}

json IndicesOut(const std::vector<governance::IndexDefinition>& indices) {
  return json::parse(governance::IndicesJson(indices));
}

Result<UnixSeconds> RequiredTime(const json& o, const std::string& key) {
  SW_ASSIGN_OR_RETURN(std::string text, StringField(o, key, true));
  return ParseTime(text, key);
}

}  // namespace

json SurveyJson(const governance::SurveyDesk& desk, const governance::Survey& s,
                const governance::SurveyAbilities& a) {
  json communities = json::array();
  for (const store::UnitRecord* c : governance::NameableCommunities(desk, s))
    communities.push_back({{"id", c->id}, {"code", c->code}, {"name", c->name}});
  return {{"id", s.record.id},
          {"title", s.record.title},
          {"intro", s.record.intro},
          {"series", s.record.series},
          {"period", s.record.period},
          {"area", UnitRef(desk, s.record.area_unit_id)},
          {"opens_at", FormatIso8601(s.record.opens_at)},
          {"closes_at", FormatIso8601(s.record.closes_at)},
          {"state", s.record.state},
          {"state_label", governance::SurveyStateLabel(s.record.state)},
          {"questions", governance::QuestionnaireJson(s.terms.questionnaire)},
          {"indices", IndicesOut(s.terms.indices)},
          {"created_at", FormatIso8601(s.record.created_at)},
          {"demo", s.record.demo},
          {"communities", communities},
          {"may",
           {{"edit", a.edit},
            {"open", a.open},
            {"close", a.close},
            {"answer", a.answer},
            {"answered", a.answered},
            {"record", a.record},
            {"issue_links", a.issue_links},
            {"results", a.results},
            {"export", a.export_answers}}}};
}

json LinkSurveyJson(const governance::Survey& s) {
  return {{"title", s.record.title},
          {"intro", s.record.intro},
          {"period", s.record.period},
          {"closes_at", FormatIso8601(s.record.closes_at)},
          {"questions", governance::QuestionnaireJson(s.terms.questionnaire)}};
}

Result<governance::SurveyTerms> SurveyTermsFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(json o, ParseJsonObject(body, {"title", "intro", "series", "period", "area_unit_id",
                                                     "opens_at", "closes_at", "questions", "indices"}));
  governance::SurveyTerms t;
  SW_ASSIGN_OR_RETURN(t.title, StringField(o, "title", true));
  SW_ASSIGN_OR_RETURN(t.intro, StringField(o, "intro", false));
  SW_ASSIGN_OR_RETURN(t.series, StringField(o, "series", true));
  SW_ASSIGN_OR_RETURN(t.period, StringField(o, "period", true));
  SW_ASSIGN_OR_RETURN(t.area_unit_id, RequiredIntegerField(o, "area_unit_id"));
  SW_ASSIGN_OR_RETURN(t.opens_at, RequiredTime(o, "opens_at"));
  SW_ASSIGN_OR_RETURN(t.closes_at, RequiredTime(o, "closes_at"));
  if (!o.contains("questions")) return InvalidArgument("questions 必填 questions is required", "questions");
  SW_ASSIGN_OR_RETURN(t.questionnaire, governance::ParseQuestionnaire(o["questions"]));
  if (!o.contains("indices") || !o["indices"].is_array())
    return InvalidArgument("indices 应为数组 indices must be an array", "indices");
  SW_ASSIGN_OR_RETURN(t.indices, governance::ParseIndicesJson(o["indices"].dump()));
  return t;
}

json SurveyResultsJson(const governance::SurveyResults& results) {
  json indices = json::array();
  for (const auto& r : results.indices) {
    json streets = json::array();
    for (const auto& s : r.streets) streets.push_back(AreaJson(s));
    json communities = json::array();
    for (const auto& c : r.communities) communities.push_back(AreaJson(c));
    indices.push_back({{"code", r.index.code},
                       {"name", r.index.name},
                       {"min_sample", r.index.min_sample},
                       {"area", AreaJson(r.area)},
                       {"streets", streets},
                       {"communities", communities}});
  }
  json channels = json::object();
  for (const auto& [channel, n] : results.by_channel) channels[channel] = n;
  return {{"responses", results.responses}, {"by_channel", channels}, {"indices", indices}};
}

json SurveyTrendJson(const std::vector<governance::TrendPoint>& trend) {
  json items = json::array();
  for (const auto& p : trend) {
    json indices = json::object();
    for (const auto& [code, e] : p.indices) indices[code] = EstimateJson(e);
    items.push_back({{"survey_id", p.survey_id},
                     {"period", p.period},
                     {"opens_at", FormatIso8601(p.opens_at)},
                     {"indices", indices}});
  }
  return {{"items", items}};
}

json TextGroupsJson(const std::vector<governance::TextGroup>& groups) {
  json items = json::array();
  for (const auto& g : groups) {
    json answers = json::array();
    for (const auto& a : g.answers)
      answers.push_back({{"question", a.question}, {"community", a.community}, {"text", a.text}});
    items.push_back({{"topic", g.topic}, {"count", g.answers.size()}, {"answers", answers}});
  }
  return {{"items", items}};
}

json SurveyMapJson(const governance::SurveyDesk& desk, const governance::SurveyResults& results) {
  std::map<store::Id, json> values;
  for (const auto& r : results.indices) {
    for (const auto& c : r.communities) {
      json& v = values[c.unit_id];
      v[r.index.code] = c.estimate.has_value ? json(Hundredths(c.estimate.value)) : json();
      v[r.index.code + "_sample"] = c.estimate.sample;
    }
  }
  json features = json::array();
  for (const auto& [id, indices] : values) {
    const store::UnitRecord* unit = desk.org.Find(id);
    if (unit == nullptr || unit->geometry.empty()) continue;
    const json geometry = json::parse(unit->geometry, nullptr, false);
    if (geometry.is_discarded()) continue;
    features.push_back({{"type", "Feature"},
                        {"geometry", geometry},
                        {"properties", {{"unit_id", id}, {"name", unit->name}, {"indices", indices}}}});
  }
  return {{"type", "FeatureCollection"}, {"features", features}};
}

}  // namespace sanwang::api
