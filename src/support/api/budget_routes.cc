// The support net's money over HTTP (经费保障): categories, budget lines, allocations,
// spending and reversals, and the execution report. Every decision is the domain's
// (support/budget_ledger.h, budget_access.h, budget_report.h); the routes parse, ask and
// answer. Money is integer 分 in every *_fen field.
#include <charconv>

#include "api/api.h"
#include "api/openapi_schema.h"
#include "api/query_parameters.h"
#include "api/request_parsing.h"
#include "api/responses.h"
#include "support/api/budget_call.h"
#include "support/api/budget_json.h"
#include "support/api/budget_schemas.h"
#include "support/api/budget_workbook.h"
#include "support/api/spending_json.h"
#include "support/api/spending_schemas.h"
#include "support/budget_access.h"
#include "support/budget_categories.h"
#include "support/budget_ledger.h"
#include "support/budget_report.h"
#include "support/spending_approval.h"

namespace sanwang::api {

support::Ledger BudgetLedgerOf(const Call& call) {
  auto workflow = call.api.WorkflowNamed(support::kSpendingWorkflow);
  return {call.db,
          call.domain->org,
          call.actor(),
          call.session->user.display_name,
          call.api.clock().Now(),
          workflow.ok() ? *workflow : nullptr,
          call.api.calendar(),
          call.api.options().notices.get()};
}

namespace {

support::Ledger LedgerOf(const Call& call) { return BudgetLedgerOf(call); }

// ?year=2026; this year (Asia/Shanghai) when absent.
Result<int> YearParam(const Call& call) {
  const std::string text = call.request.Query("year");
  if (text.empty()) return static_cast<int>(LocalDateOf(call.api.clock().Now()).year());
  int year = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (error != std::errc() || end != text.data() + text.size()) {
    return InvalidArgument("年度应为整数 year must be a whole number", "year");
  }
  SW_RETURN_IF_ERROR(support::ValidateYear(year));
  return year;
}

// The query of the lists and reports (YearParam, and the unit whose subtree they cover).
nlohmann::json YearAndUnit() {
  return nlohmann::json::array(
      {schema::QueryParameter("year", schema::WithExample(schema::Integer(2000, 2100), 2026),
                              "The budget year (default this year)."),
       UnitParameter("This unit and those below (default all the caller sees).")});
}

Result<HttpResponse> ListCategoriesRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(auto categories, support::ListCategories(call.db, call.district()));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& c : categories) items.push_back(BudgetCategoryJson(c));
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> AddCategoryRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(auto body, ParseJsonObject(call.request.body, {"code", "name", "name_en"}));
  support::BudgetCategory c;
  SW_ASSIGN_OR_RETURN(c.code, StringField(body, "code", true));
  SW_ASSIGN_OR_RETURN(c.name, StringField(body, "name", true));
  SW_ASSIGN_OR_RETURN(c.name_en, StringField(body, "name_en", false));
  SW_ASSIGN_OR_RETURN(
      c, support::AddCategory(call.db, call.district(), call.actor(), c, call.api.clock().Now()));
  return JsonResponse(201, BudgetCategoryJson(c));
}

// A line with what the caller may do with it (support/budget_access.h): the browser offers
// its buttons by these and keeps no rule of its own.
nlohmann::json LineWithRights(const Call& call, const store::BudgetLineRecord& line,
                              const std::vector<support::BudgetCategory>& categories) {
  nlohmann::json json = BudgetLineJson(line, call.domain->org, categories);
  const store::UnitRecord* unit = call.domain->org.Find(line.unit_id);
  json["may_spend"] = unit != nullptr && support::MaySpendOn(call.actor(), *unit).ok();
  json["may_allocate"] = unit != nullptr && support::MayAllocateFrom(call.actor(), *unit).ok();
  return json;
}

Result<nlohmann::json> LineJson(const Call& call, const store::BudgetLineRecord& line) {
  SW_ASSIGN_OR_RETURN(auto categories, support::ListCategories(call.db, call.district()));
  return LineWithRights(call, line, categories);
}

Result<HttpResponse> ListLinesRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(int year, YearParam(call));
  SW_ASSIGN_OR_RETURN(auto lines, support::ListLines(LedgerOf(call), year, call.request.Query("unit")));
  SW_ASSIGN_OR_RETURN(auto categories, support::ListCategories(call.db, call.district()));
  nlohmann::json items = nlohmann::json::array();
  for (const auto& l : lines) items.push_back(LineWithRights(call, l, categories));
  return JsonResponse(200, {{"year", year}, {"items", items}});
}

Result<HttpResponse> CreateLineRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(auto body,
                      ParseJsonObject(call.request.body, {"year", "unit_code", "category", "amount_fen"}));
  support::NewLine line;
  SW_ASSIGN_OR_RETURN(std::int64_t year, RequiredIntegerField(body, "year"));
  line.year = static_cast<int>(std::clamp<std::int64_t>(year, 0, 10000));
  SW_ASSIGN_OR_RETURN(line.unit_code, StringField(body, "unit_code", true));
  SW_ASSIGN_OR_RETURN(line.category, StringField(body, "category", true));
  SW_ASSIGN_OR_RETURN(line.amount_fen, RequiredIntegerField(body, "amount_fen"));
  SW_ASSIGN_OR_RETURN(auto created, support::CreateDistrictLine(LedgerOf(call), line));
  SW_ASSIGN_OR_RETURN(auto json, LineJson(call, created));
  return JsonResponse(201, json);
}

Result<HttpResponse> GetLineRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto line, support::ReadLine(LedgerOf(call), id));
  SW_ASSIGN_OR_RETURN(auto json, LineJson(call, line));
  return JsonResponse(200, json);
}

Result<HttpResponse> SetAmountRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto body, ParseJsonObject(call.request.body, {"amount_fen"}));
  SW_ASSIGN_OR_RETURN(std::int64_t amount, RequiredIntegerField(body, "amount_fen"));
  SW_ASSIGN_OR_RETURN(auto line, support::SetDistrictLineAmount(LedgerOf(call), id, amount));
  SW_ASSIGN_OR_RETURN(auto json, LineJson(call, line));
  return JsonResponse(200, json);
}

Result<HttpResponse> AllocateRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto body, ParseJsonObject(call.request.body, {"unit_code", "amount_fen", "note"}));
  support::NewAllocation a;
  SW_ASSIGN_OR_RETURN(a.unit_code, StringField(body, "unit_code", true));
  SW_ASSIGN_OR_RETURN(a.amount_fen, RequiredIntegerField(body, "amount_fen"));
  SW_ASSIGN_OR_RETURN(a.note, StringField(body, "note", false));
  const support::Ledger ledger = LedgerOf(call);
  SW_ASSIGN_OR_RETURN(auto allocation, support::Allocate(ledger, id, a));
  SW_ASSIGN_OR_RETURN(auto to_line, support::ReadLine(ledger, allocation.to_line_id));
  nlohmann::json json = BudgetAllocationJson(allocation);
  SW_ASSIGN_OR_RETURN(json["to_line"], LineJson(call, to_line));
  return JsonResponse(201, json);
}

Result<HttpResponse> ListSpendingRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  const support::Ledger ledger = LedgerOf(call);
  SW_ASSIGN_OR_RETURN(auto line, support::LineInSight(ledger, id));
  SW_ASSIGN_OR_RETURN(auto spending, support::ListSpending(ledger, id));
  SW_ASSIGN_OR_RETURN(auto categories, support::ListCategories(call.db, call.district()));
  nlohmann::json items = nlohmann::json::array();
  for (auto& s : spending) {
    items.push_back(SpendingWithRightsJson(ledger, {std::move(s), line.first, line.second}, categories));
  }
  return JsonResponse(200, {{"items", items}});
}

Result<HttpResponse> RecordSpendingRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(
      auto body, ParseJsonObject(call.request.body, {"amount_fen", "purpose", "payee", "spent_on", "note"}));
  support::NewSpending s;
  SW_ASSIGN_OR_RETURN(s.amount_fen, RequiredIntegerField(body, "amount_fen"));
  SW_ASSIGN_OR_RETURN(s.purpose, StringField(body, "purpose", true));
  SW_ASSIGN_OR_RETURN(s.payee, StringField(body, "payee", true));
  SW_ASSIGN_OR_RETURN(s.spent_on, StringField(body, "spent_on", true));
  SW_ASSIGN_OR_RETURN(s.note, StringField(body, "note", false));
  SW_ASSIGN_OR_RETURN(auto recorded, support::RecordSpending(LedgerOf(call), id, s));
  return JsonResponse(201, BudgetSpendingJson(recorded));
}

Result<HttpResponse> ReverseRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(std::int64_t id, ParseId(call.params["id"], "id"));
  SW_ASSIGN_OR_RETURN(auto body, ParseJsonObject(call.request.body, {"reason"}));
  SW_ASSIGN_OR_RETURN(std::string reason, StringField(body, "reason", true));
  SW_ASSIGN_OR_RETURN(auto reversal, support::ReverseSpending(LedgerOf(call), id, reason));
  return JsonResponse(201, BudgetSpendingJson(reversal));
}

Result<support::BudgetReport> Report(Call& call) {
  SW_ASSIGN_OR_RETURN(int year, YearParam(call));
  return support::BuildBudgetReport(LedgerOf(call), year, call.request.Query("unit"));
}

Result<HttpResponse> ReportRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(auto report, Report(call));
  return JsonResponse(200, BudgetReportJson(report));
}

Result<HttpResponse> ReportXlsxRoute(Call& call) {
  SW_ASSIGN_OR_RETURN(auto report, Report(call));
  SW_ASSIGN_OR_RETURN(std::string bytes, BudgetReportWorkbook(report));
  HttpResponse r;
  r.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  r.body = std::move(bytes);
  r.headers.emplace("Content-Disposition", "attachment; filename=\"budget-" + std::to_string(report.year) +
                                               "-" + report.unit_code + ".xlsx\"");
  return r;
}

constexpr const char* kReportDefinitions =
    " Definitions: amount_fen is the line's budget; allocated_fen what it handed on to the units below; "
    "own_spent_fen the approved spending on the line itself; spent_fen the approved spending of the line and "
    "of every line allocated from it, down the tree, net of reversals; pending_fen the same subtree's "
    "spending still in the approval chain (held, not yet spent); remaining_fen = amount − allocated − own "
    "spending approved or pending (the money still free at that unit); execution_rate (执行率) = spent_fen / "
    "amount_fen, 0 for a zero amount. "
    "Money is integer 分.";

void AddLineRoutes(Api& api) {
  const Access readers = Access::Roles(org::BudgetReaderRoles());
  const Access keepers = Access::Roles(org::BudgetKeeperRoles());
  api.Add(
      "GET", "/api/v1/budget/lines", readers,
      RouteDoc{
          "listBudgetLines",
          "A year's budget lines (year, default this year; unit, a unit code, optional) that the caller "
          "sees: "
          "id, year, unit_code, unit_name, category, category_name, amount_fen, allocated_fen, spent_fen (on "
          "the line itself), remaining_fen, parent_id. Integer 分."}
          .Answers(BudgetLineListSchema())
          .Query(YearAndUnit()),
      FromResult(ListLinesRoute));
  api.Add("POST", "/api/v1/budget/lines", Access::Roles(org::AdminRoles()),
          RouteDoc{"createBudgetLine",
                   "Set up a district-level line {year, unit_code (the district), category, amount_fen > 0}; "
                   "streets and "
                   "communities get lines by allocation."}
              .Takes(NewBudgetLineSchema())
              .Answers(BudgetLineSchema(), 201)
              .Refuses({409, 422}),
          FromResult(CreateLineRoute));
  api.Add("GET", "/api/v1/budget/lines/{id}", readers,
          RouteDoc{"getBudgetLine", "One budget line, as in the list."}.Answers(BudgetLineSchema()),
          FromResult(GetLineRoute));
  api.Add(
      "PATCH", "/api/v1/budget/lines/{id}", Access::Roles(org::AdminRoles()),
      RouteDoc{
          "setBudgetLineAmount",
          "Change a district line's amount {amount_fen}; refused (422, field amount_fen) below what it has "
          "already allocated and spent. Lines below the district change only by allocation."}
          .Takes(BudgetAmountSchema())
          .Answers(BudgetLineSchema())
          .Refuses({422}),
      FromResult(SetAmountRoute));
  api.Add(
      "POST", "/api/v1/budget/lines/{id}/allocations", keepers,
      RouteDoc{
          "allocateBudget",
          "Hand amount_fen of the line on to unit_code, a street under the district or a community under the "
          "street, with an optional note: creates or increases that unit's line of the same year and "
          "category. "
          "Refused (422, field amount_fen) beyond what the line has left."}
          .Takes(NewAllocationSchema())
          .Answers(AllocationSchema(), 201)
          .Refuses({422}),
      FromResult(AllocateRoute));
  api.Add(
      "GET", "/api/v1/budget/lines/{id}/spending", readers,
      RouteDoc{
          "listBudgetSpending",
          "The line's spending records, oldest first, reversals included: id, line_id, amount_fen (negative "
          "for a reversal), purpose, payee, spent_on, note, created_at, created_by_name, reverses_id, "
          "reversed, the approval state and what the caller may do with each (may_*)."}
          .Answers(SpendingInChainListSchema()),
      FromResult(ListSpendingRoute));
  api.Add(
      "POST", "/api/v1/budget/lines/{id}/spending", keepers,
      RouteDoc{
          "recordBudgetSpending",
          "Record spending {amount_fen > 0, purpose, payee, spent_on (YYYY-MM-DD in the line's year), note} "
          "on the line, submitted into the approval chain (config/workflows/budget_spending.toml) at the "
          "step its unit starts at: a community's at the community secretary (submitted), a sub-district's "
          "own at the sub-district (street_review), the district's own at district finance "
          "(district_review). It holds its amount on the line from now on; refused (422, field amount_fen) "
          "beyond what the line has left."}
          .Takes(NewSpendingSchema())
          .Answers(SpendingSchema(), 201)
          .Refuses({422}),
      FromResult(RecordSpendingRoute));
}

}  // namespace

void AddSpendingRoutes(Api& api);  // spending_routes.cc

void AddBudgetRoutes(Api& api) {
  api.Add("GET", "/api/v1/budget/categories", Access::Roles(org::BudgetReaderRoles()),
          RouteDoc{"listBudgetCategories",
                   "The budget categories: the four built in and those the district added."}
              .Answers(BudgetCategoryListSchema()),
          FromResult(ListCategoriesRoute));
  api.Add(
      "POST", "/api/v1/budget/categories", Access::Roles(org::AdminRoles()),
      RouteDoc{"addBudgetCategory", "Add a category {code (lowercase letters, digits, _), name, name_en}."}
          .Takes(NewBudgetCategorySchema())
          .Answers(BudgetCategorySchema(), 201)
          .Refuses({409}),
      FromResult(AddCategoryRoute));
  AddLineRoutes(api);
  AddSpendingRoutes(api);
  api.Add("POST", "/api/v1/budget/spending/{id}/reverse", Access::Roles(org::BudgetKeeperRoles()),
          RouteDoc{"reverseBudgetSpending",
                   "Correct an approved spending record by a reversing record {reason}: its whole amount, "
                   "negative, once. Nothing is edited or deleted; a record still in the approval chain is "
                   "withdrawn instead (422 here)."}
              .Takes(ReversalSchema())
              .Answers(SpendingSchema(), 201)
              .Refuses({409, 422}),
          FromResult(ReverseRoute));
  api.AddHeavyRead(
      "/api/v1/budget/report", Access::Roles(org::BudgetReaderRoles()),
      RouteDoc{"getBudgetReport",
               std::string(
                   "The execution report of a year (year) for a unit (unit; the caller's scope when absent): "
                   "own (the unit's lines), rows per child unit one tier down × category, and monthly "
                   "(month YYYY-MM, category, spent_fen of the unit's subtree).") +
                   kReportDefinitions}
          .Answers(BudgetReportSchema())
          .Query(YearAndUnit()),
      FromResult(ReportRoute));
  api.AddHeavyRead(
      "/api/v1/budget/report.xlsx", Access::Roles(org::BudgetReaderRoles()),
      RouteDoc{"getBudgetReportXlsx",
               "The same report as an XLSX workbook for WPS and Excel, amounts in 元 with two decimals."}
          .AnswersFile("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
          .Query(YearAndUnit()),
      FromResult(ReportXlsxRoute));
}

}  // namespace sanwang::api
