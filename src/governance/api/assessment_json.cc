#include "governance/api/assessment_json.h"

#include "api/json_views.h"
#include "api/responses.h"

namespace sanwang::api {
namespace {

using governance::DecimalJson;
using governance::kPointScale;
using governance::kValueScale;

nlohmann::json Points(std::int64_t hundredths) { return DecimalJson(hundredths, kPointScale); }

// A stored breakdown (assessment_book.cc) in the units people read.
nlohmann::json BreakdownJson(const std::string& stored) {
  const auto b = nlohmann::json::parse(stored, nullptr, false);
  nlohmann::json indicators = nlohmann::json::array();
  if (b.is_discarded() || !b.is_object()) {
    return {{"base", 0}, {"bonus", 0}, {"deduction", 0}, {"total", 0}, {"indicators", indicators}};
  }
  for (const auto& line : b.value("indicators", nlohmann::json::array())) {
    nlohmann::json out = {
        {"code", line.value("code", "")},
        {"name", line.value("name", "")},
        {"raw", line["raw"].is_number() ? DecimalJson(line["raw"].get<std::int64_t>(), kValueScale)
                                        : nlohmann::json(nullptr)},
        {"points", Points(line.value("points", std::int64_t{0}))},
        {"max_points", Points(line.value("max_points", std::int64_t{0}))},
        {"explanation", line.value("explanation", "")}};
    if (line.contains("place")) out["place"] = line["place"];
    indicators.push_back(std::move(out));
  }
  return {{"base", Points(b.value("base", std::int64_t{0}))},
          {"bonus", Points(b.value("bonus", std::int64_t{0}))},
          {"deduction", Points(b.value("deduction", std::int64_t{0}))},
          {"total", Points(b.value("total", std::int64_t{0}))},
          {"indicators", std::move(indicators)}};
}

nlohmann::json ResultUnitJson(const store::AssessmentResultUnitRecord& u) {
  return {{"unit", {{"code", u.unit_code}, {"name", u.unit_name}}},
          {"rank", u.rank},
          {"tied", u.tied},
          {"incomplete", u.incomplete},
          {"total", Points(u.total)},
          {"movement", u.movement},
          {"movement_places", u.movement_places},
          {"breakdown", BreakdownJson(u.breakdown)}};
}

}  // namespace

nlohmann::json SchemeSummaryJson(const store::AssessmentSchemeVersionRecord& r) {
  return {{"id", r.scheme_id},
          {"name", r.name},
          {"version", r.version},
          {"period_kind", r.period_kind},
          {"unit_kind", r.unit_kind},
          {"saved_at", FormatIso8601(r.saved_at)},
          {"saved_by", TextOrNull(r.saved_by_username)},
          {"demo", r.demo}};
}

nlohmann::json SchemeDetailJson(const governance::StoredScheme& stored,
                                const std::vector<store::AssessmentSchemeVersionRecord>& versions) {
  nlohmann::json out = SchemeSummaryJson(stored.record);
  out["scheme"] = governance::SchemeToJson(stored.scheme);
  nlohmann::json history = nlohmann::json::array();
  for (const auto& v : versions) {
    history.push_back({{"version", v.version},
                       {"saved_at", FormatIso8601(v.saved_at)},
                       {"saved_by", TextOrNull(v.saved_by_username)}});
  }
  out["versions"] = std::move(history);
  return out;
}

nlohmann::json ResultSummaryJson(const governance::ResultSummary& s) {
  const auto& r = s.result;
  return {{"id", r.id},
          {"scheme_id", r.scheme_id},
          {"scheme_name", s.scheme_name},
          {"scheme_version", r.scheme_version},
          {"period", r.period},
          {"computed_at", FormatIso8601(r.computed_at)},
          {"published_at", TimeOrNull(r.published_at)},
          {"number", TextOrNull(r.number)},
          {"report_id", s.report_id ? nlohmann::json(*s.report_id) : nlohmann::json(nullptr)},
          {"demo", r.demo},
          {"unit_count", r.unit_count}};
}

nlohmann::json ResultJson(const governance::ResultReading& reading) {
  nlohmann::json out = ResultSummaryJson(reading.summary);
  nlohmann::json units = nlohmann::json::array();
  for (const auto& u : reading.result.units) units.push_back(ResultUnitJson(u));
  out["units"] = std::move(units);
  return out;
}

nlohmann::json ValueJson(const store::AssessmentValueRecord& v) {
  return {{"id", v.id},
          {"scheme_id", v.scheme_id},
          {"period", v.period},
          {"unit", {{"code", v.unit_code}, {"name", v.unit_name}}},
          {"indicator", v.indicator},
          {"value", DecimalJson(v.value, kValueScale)},
          {"evidence", v.evidence},
          {"entered_by", v.entered_by_username},
          {"entered_at", FormatIso8601(v.entered_at)},
          {"confirmed_by", TextOrNull(v.confirmed_by_username)},
          {"confirmed_at", TimeOrNull(v.confirmed_at)}};
}

nlohmann::json ReportJson(const store::AssessmentReportRecord& r) {
  const std::string base = "/api/v1/assessment/reports/" + std::to_string(r.id);
  return {{"id", r.id},
          {"number", r.number},
          {"title", r.title},
          {"period", r.period},
          {"scheme_id", r.scheme_id},
          {"result_id", r.result_id},
          {"published_at", FormatIso8601(r.published_at)},
          {"pdf_url", base + "/pdf"},
          {"xlsx_url", base + "/xlsx"},
          {"pdf_sha256", r.pdf_sha256},
          {"xlsx_sha256", r.xlsx_sha256},
          {"demo", r.demo}};
}

Result<ComputeRequest> ComputeRequestFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o, ParseJsonObject(body, {"scheme_id", "period"}));
  ComputeRequest out;
  SW_ASSIGN_OR_RETURN(out.scheme_id, RequiredIntegerField(o, "scheme_id"));
  SW_ASSIGN_OR_RETURN(out.period, StringField(o, "period", true));
  return out;
}

Result<ValueEntry> ValueEntryFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o, ParseJsonObject(body, {"scheme_id", "period", "unit", "indicator",
                                                               "value", "evidence"}));
  ValueEntry out;
  SW_ASSIGN_OR_RETURN(out.scheme_id, RequiredIntegerField(o, "scheme_id"));
  SW_ASSIGN_OR_RETURN(out.value.period, StringField(o, "period", true));
  SW_ASSIGN_OR_RETURN(out.value.unit_code, StringField(o, "unit", true));
  SW_ASSIGN_OR_RETURN(out.value.indicator, StringField(o, "indicator", true));
  SW_ASSIGN_OR_RETURN(out.value.value,
                      governance::ValueFromJson(o.value("value", nlohmann::json()), "value"));
  SW_ASSIGN_OR_RETURN(out.value.evidence, StringField(o, "evidence", true));
  return out;
}

Result<governance::NoticeText> PublicationTextFromJson(const std::string& body) {
  governance::NoticeText out;
  if (body.empty()) return out;
  SW_ASSIGN_OR_RETURN(nlohmann::json o, ParseJsonObject(body, {"opening", "closing"}));
  SW_ASSIGN_OR_RETURN(out.opening, StringField(o, "opening", false));
  SW_ASSIGN_OR_RETURN(out.closing, StringField(o, "closing", false));
  return out;
}

}  // namespace sanwang::api
