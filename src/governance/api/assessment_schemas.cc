#include "governance/api/assessment_schemas.h"

#include "api/openapi_schema.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json Kind(const char* kind) { return Enum({kind}); }

json Rule() {
  json linear = ClosedObject({{"kind", Kind("linear")},
                              {"floor", Described(Number(), "Nothing at or beyond this value.")},
                              {"target", Described(Number(), "The full weight at or beyond this value.")}},
                             {"kind", "floor", "target"});
  json step = ClosedObject({{"bound", Number()}, {"fraction", Number(0, 1)}}, {"bound", "fraction"});
  json thresholds =
      ClosedObject({{"kind", Kind("thresholds")}, {"steps", ArrayOf(step)}, {"lower_is_better", Boolean()}},
                   {"kind", "steps"});
  json rank = ClosedObject({{"kind", Kind("rank")},
                            {"step", Described(Number(), "Points lost per place below the first.")},
                            {"floor", Described(Number(), "The fewest points a placed unit earns.")},
                            {"lower_is_better", Boolean()}},
                           {"kind", "step", "floor"});
  auto per_occurrence = [](const char* kind) {
    return ClosedObject({{"kind", Kind(kind)}, {"per_occurrence", Number()}, {"cap", Number()}},
                        {"kind", "per_occurrence", "cap"});
  };
  return {{"oneOf", {linear, thresholds, rank, per_occurrence("bonus"), per_occurrence("deduction")}}};
}

json IndicatorSchema() {
  return ClosedObject({{"code", WithExample(String(), "Q1")},
                       {"name", WithExample(String(), "按时受理率")},
                       {"source", Enum({"cases_on_time_acceptance", "cases_on_time_resolution",
                                        "cases_satisfaction", "cases_repeat_reports", "cases_overdue_share",
                                        "ledger_milestones_on_time", "information_submitted",
                                        "information_adopted", "information_adoption_rate", "manual"})},
                       {"weight", Described(Number(), "Points; absent for bonus and deduction items.")},
                       {"rule", Rule()}},
                      {"code", "name", "source", "rule"});
}

json PeriodKind() { return Enum({"month", "quarter", "year"}); }
json UnitKind() { return Enum({"street", "community", "grid", "department"}); }
json Period() { return WithExample(String(), "2026-Q4"); }
json UnitRef() {
  return ClosedObject(
      {{"code", WithExample(String(), "411002001001")}, {"name", WithExample(String(), "北大社区")}},
      {"code", "name"});
}

json SchemeSummaryFields() {
  return {{"id", Integer()},
          {"name", WithExample(String(), "社区季度目标考评")},
          {"version", Integer()},
          {"period_kind", PeriodKind()},
          {"unit_kind", UnitKind()},
          {"saved_at", DateTime()},
          {"saved_by", Nullable(String())},
          {"demo", Boolean()}};
}

const std::vector<std::string> kSummaryRequired = {"id",        "name",     "version",  "period_kind",
                                                   "unit_kind", "saved_at", "saved_by", "demo"};

json SchemeSummarySchema() {
  return Named("AssessmentSchemeSummary", ClosedObject(SchemeSummaryFields(), kSummaryRequired));
}

json ResultSummaryFields() {
  return {{"id", Integer()},
          {"scheme_id", Integer()},
          {"scheme_name", String()},
          {"scheme_version", Described(Integer(), "The scheme's version the result was computed with.")},
          {"period", Period()},
          {"computed_at", DateTime()},
          {"published_at", Nullable(DateTime())},
          {"number", Described(Nullable(String()), "The notice's number once published.")},
          {"report_id", Described(Nullable(Integer()), "The published notice (/assessment/reports/{id}).")},
          {"demo", Boolean()},
          {"unit_count", Described(Integer(), "How many units the result ranks.")}};
}

const std::vector<std::string> kResultRequired = {
    "id",           "scheme_id", "scheme_name", "scheme_version", "period",    "computed_at",
    "published_at", "number",    "report_id",   "demo",           "unit_count"};

json ResultSummarySchema() {
  return Named("AssessmentResultSummary", ClosedObject(ResultSummaryFields(), kResultRequired));
}

json BreakdownSchema() {
  json line = ClosedObject(
      {{"code", String()},
       {"name", String()},
       {"raw", Described(Nullable(Number()), "The value in its own unit (92.5 for 92.5%); null: no data.")},
       {"points", Number()},
       {"max_points", Described(Number(), "The weight, or a bonus or deduction item's cap.")},
       {"place", Described(Integer(), "The unit's place under a rank rule.")},
       {"explanation",
        WithExample(String(), "按时受理率 92.5%，介于下限 60% 与目标 95% 之间，得 18.57 / 20 分 …")}},
      {"code", "name", "raw", "points", "max_points", "explanation"});
  return ClosedObject({{"base", Number()},
                       {"bonus", Number()},
                       {"deduction", Number()},
                       {"total", Number()},
                       {"indicators", ArrayOf(line)}},
                      {"base", "bonus", "deduction", "total", "indicators"});
}

json ResultUnitSchema() {
  return ClosedObject(
      {{"unit", UnitRef()},
       {"rank", Described(Integer(), "Tied units share a rank; the next rank skips the places shared.")},
       {"tied", Boolean()},
       {"incomplete", Described(Boolean(), "Some indicator had no data (无数据).")},
       {"total", WithExample(Number(), 87.35)},
       {"movement", Described(Enum({"new", "up", "down", "same"}), "Against the previous period's ranking.")},
       {"movement_places", Integer()},
       {"breakdown", BreakdownSchema()}},
      {"unit", "rank", "tied", "incomplete", "total", "movement", "movement_places", "breakdown"});
}

}  // namespace

json AssessmentSchemeSchema() {
  return Named(
      "AssessmentScheme",
      ClosedObject({{"name", WithExample(String(), "社区季度目标考评")},
                    {"period", PeriodKind()},
                    {"unit_kind", UnitKind()},
                    {"bonus_cap", Described(Number(), "All bonus items together add at most this.")},
                    {"deduction_cap", Described(Number(), "All deduction items together take at most this.")},
                    {"indicators", ArrayOf(IndicatorSchema())}},
                   {"name", "period", "unit_kind", "indicators"}));
}

json SchemeSummaryListSchema() { return ItemList(SchemeSummarySchema()); }

json SchemeDetailSchema() {
  json fields = SchemeSummaryFields();
  fields["scheme"] = AssessmentSchemeSchema();
  fields["versions"] = ArrayOf(
      ClosedObject({{"version", Integer()}, {"saved_at", DateTime()}, {"saved_by", Nullable(String())}},
                   {"version", "saved_at", "saved_by"}));
  std::vector<std::string> required = kSummaryRequired;
  required.insert(required.end(), {"scheme", "versions"});
  return Named("AssessmentSchemeDetail", ClosedObject(fields, required));
}

json ResultSummaryListSchema() { return ItemList(ResultSummarySchema()); }

json AssessmentResultSchema() {
  json fields = ResultSummaryFields();
  fields["units"] = Described(ArrayOf(ResultUnitSchema()), "By rank, tied units by unit code.");
  std::vector<std::string> required = kResultRequired;
  required.push_back("units");
  return Named("AssessmentResult", ClosedObject(fields, required));
}

json ComputeRequestSchema() {
  return ClosedObject({{"scheme_id", Integer()}, {"period", Period()}}, {"scheme_id", "period"});
}

json AssessmentValueSchema() {
  return Named(
      "AssessmentValue",
      ClosedObject({{"id", Integer()},
                    {"scheme_id", Integer()},
                    {"period", Period()},
                    {"unit", UnitRef()},
                    {"indicator", WithExample(String(), "B1")},
                    {"value", Number()},
                    {"evidence", String()},
                    {"entered_by", String()},
                    {"entered_at", DateTime()},
                    {"confirmed_by", Described(Nullable(String()), "Null: not confirmed, not counted.")},
                    {"confirmed_at", Nullable(DateTime())}},
                   {"id", "scheme_id", "period", "unit", "indicator", "value", "evidence", "entered_by",
                    "entered_at", "confirmed_by", "confirmed_at"}));
}

json AssessmentValueListSchema() { return ItemList(AssessmentValueSchema()); }

json ValueEntrySchema() {
  return ClosedObject({{"scheme_id", Integer()},
                       {"period", Period()},
                       {"unit", WithExample(String(), "411002001001")},
                       {"indicator", WithExample(String(), "B1")},
                       {"value", WithExample(Number(), 2)},
                       {"evidence", WithExample(Text(4000), "区委办通报表扬文件〔2026〕12号")}},
                      {"scheme_id", "period", "unit", "indicator", "value", "evidence"});
}

json PublicationTextSchema() {
  return ClosedObject({{"opening", Described(Text(8000), "The opening paragraphs; empty: the standard one.")},
                       {"closing", Described(Text(8000), "Closing remarks, one paragraph per line.")}},
                      {});
}

json AssessmentReportSchema() {
  return Named("AssessmentReport",
               ClosedObject({{"id", Integer()},
                             {"number", WithExample(String(), "魏都区目标考评通报〔2026〕第 3 期")},
                             {"title", String()},
                             {"period", Period()},
                             {"scheme_id", Integer()},
                             {"result_id", Integer()},
                             {"published_at", DateTime()},
                             {"pdf_url", String()},
                             {"xlsx_url", String()},
                             {"pdf_sha256", String()},
                             {"xlsx_sha256", String()},
                             {"demo", Boolean()}},
                            {"id", "number", "title", "period", "scheme_id", "result_id", "published_at",
                             "pdf_url", "xlsx_url", "pdf_sha256", "xlsx_sha256", "demo"}));
}

json AssessmentReportListSchema() { return ItemList(AssessmentReportSchema()); }

}  // namespace sanwang::api
