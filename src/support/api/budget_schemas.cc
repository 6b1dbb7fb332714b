#include "support/api/budget_schemas.h"

#include "api/openapi_schema.h"

namespace sanwang::api {
namespace {

using namespace schema;  // NOLINT(google-build-using-namespace): a page of schema words

json Fen() { return WithExample(Integer(), 92000000); }
json PositiveFen() { return WithExample(Integer(1, 9000000000000000), 1234560); }
json CategoryCode() { return WithExample(String(), "party_building"); }

json ReportRowSchema() {
  return Named("BudgetReportRow",
               Object({{"unit_code", String()},
                       {"unit_name", WithExample(String(), "五一路街道")},
                       {"category", CategoryCode()},
                       {"category_name", WithExample(String(), "党建经费")},
                       {"amount_fen", Fen()},
                       {"allocated_fen", Fen()},
                       {"spent_fen", Fen()},
                       {"own_spent_fen", Fen()},
                       {"pending_fen", Fen()},
                       {"remaining_fen", Fen()},
                       {"execution_rate", WithExample(Number(), 0.4375)}},
                      {"unit_code", "unit_name", "category", "category_name", "amount_fen", "allocated_fen",
                       "spent_fen", "own_spent_fen", "pending_fen", "remaining_fen", "execution_rate"}));
}

}  // namespace

json BudgetCategorySchema() {
  return Named("BudgetCategory", Object({{"code", CategoryCode()},
                                         {"name", WithExample(String(), "党建经费")},
                                         {"name_en", WithExample(String(), "Party building")},
                                         {"built_in", Boolean()}},
                                        {"code", "name", "name_en", "built_in"}));
}

json BudgetCategoryListSchema() { return ItemList(BudgetCategorySchema()); }

json NewBudgetCategorySchema() {
  json code = WithExample(String(), "elderly_care");
  code["pattern"] = "^[a-z0-9_]+$";
  return Named("NewBudgetCategory", ClosedObject({{"code", code},
                                                  {"name", Utf8Text(100, "养老服务经费")},
                                                  {"name_en", WithExample(Text(100), "Elderly care")}},
                                                 {"code", "name"}));
}

json BudgetLineSchema() {
  json line = Object(
      {{"id", Integer()},
       {"year", WithExample(Integer(), 2026)},
       {"unit_code", String()},
       {"unit_name", WithExample(String(), "魏都区")},
       {"category", CategoryCode()},
       {"category_name", WithExample(String(), "党建经费")},
       {"amount_fen", Fen()},
       {"allocated_fen", Fen()},
       {"spent_fen", Fen()},
       {"pending_fen", Fen()},
       {"remaining_fen", Fen()},
       {"parent_id", Nullable(Integer())},
       {"may_spend", Boolean()},
       {"may_allocate", Boolean()}},
      {"id", "year", "unit_code", "unit_name", "category", "category_name", "amount_fen", "allocated_fen",
       "spent_fen", "pending_fen", "remaining_fen", "parent_id", "may_spend", "may_allocate"});
  return Named("BudgetLine", line);
}

json BudgetLineListSchema() {
  return Object({{"year", Integer()}, {"items", ArrayOf(BudgetLineSchema())}}, {"year", "items"});
}

json NewBudgetLineSchema() {
  return Named("NewBudgetLine", ClosedObject({{"year", WithExample(Integer(2000, 2100), 2026)},
                                              {"unit_code", WithExample(String(), "411002")},
                                              {"category", CategoryCode()},
                                              {"amount_fen", PositiveFen()}},
                                             {"year", "unit_code", "category", "amount_fen"}));
}

json BudgetAmountSchema() { return ClosedObject({{"amount_fen", PositiveFen()}}, {"amount_fen"}); }

json NewAllocationSchema() {
  return Named("NewAllocation", ClosedObject({{"unit_code", WithExample(String(), "411002003")},
                                              {"amount_fen", PositiveFen()},
                                              {"note", WithExample(String(), "第一批下拨")}},
                                             {"unit_code", "amount_fen"}));
}

json AllocationSchema() {
  return Named("Allocation",
               Object({{"id", Integer()},
                       {"from_line_id", Integer()},
                       {"to_line_id", Integer()},
                       {"amount_fen", Fen()},
                       {"note", String()},
                       {"created_at", DateTime()},
                       {"to_line", BudgetLineSchema()}},
                      {"id", "from_line_id", "to_line_id", "amount_fen", "note", "created_at"}));
}

json SpendingSchema() {
  json s = Object(
      {{"id", Integer()},
       {"line_id", Integer()},
       {"amount_fen", WithExample(Integer(), 1234560)},
       {"purpose", WithExample(String(), "党员活动室桌椅采购")},
       {"payee", WithExample(String(), "许昌某家具有限公司")},
       {"spent_on", Date()},
       {"note", String()},
       {"created_at", DateTime()},
       {"created_by_name", String()},
       {"reverses_id", Nullable(Integer())},
       {"reversed", Boolean()},
       {"state", WithExample(String(), "street_review")},
       {"return_reason", String()},
       {"step_due", Nullable(DateTime())},
       {"supervised", Boolean()}},
      {"id", "line_id", "amount_fen", "purpose", "payee", "spent_on", "note", "created_at", "created_by_name",
       "reverses_id", "reversed", "state", "return_reason", "step_due", "supervised"});
  s["description"] =
      "amount_fen is negative for a reversing record, which names the record in reverses_id. state is one of "
      "config/workflows/budget_spending.toml (submitted, street_review, district_review, returned, approved, "
      "withdrawn); only an approved record counts as spent, the others before it hold their amount on the "
      "line. return_reason is the reason of the last return while the record is returned. step_due is when "
      "the step the record waits at is overdue (null for a step without a deadline); supervised tells "
      "that it was flagged 督办 at that step.";
  return Named("Spending", s);
}

json SpendingListSchema() { return ItemList(SpendingSchema()); }

json NewSpendingSchema() {
  return Named("NewSpending", ClosedObject({{"amount_fen", PositiveFen()},
                                            {"purpose", WithExample(String(), "党员活动室桌椅采购")},
                                            {"payee", WithExample(String(), "许昌某家具有限公司")},
                                            {"spent_on", Date()},
                                            {"note", String()}},
                                           {"amount_fen", "purpose", "payee", "spent_on"}));
}

json ReversalSchema() {
  return Named("SpendingReversal",
               ClosedObject({{"reason", WithExample(String(), "发票金额录入错误")}}, {"reason"}));
}

json BudgetReportSchema() {
  json month = Object({{"month", WithExample(String(), "2026-11")},
                       {"category", CategoryCode()},
                       {"category_name", String()},
                       {"spent_fen", Fen()}},
                      {"month", "category", "category_name", "spent_fen"});
  return Named("BudgetReport", Object({{"year", Integer()},
                                       {"unit_code", String()},
                                       {"unit_name", String()},
                                       {"own", ArrayOf(ReportRowSchema())},
                                       {"rows", ArrayOf(ReportRowSchema())},
                                       {"monthly", ArrayOf(month)}},
                                      {"year", "unit_code", "unit_name", "own", "rows", "monthly"}));
}

}  // namespace sanwang::api
