#include "support/api/budget_json.h"

#include "core/time.h"

namespace sanwang::api {
namespace {

nlohmann::json OptionalId(const std::optional<store::Id>& id) { return id ? nlohmann::json(*id) : nullptr; }

std::string CategoryName(const std::string& code, const std::vector<support::BudgetCategory>& categories) {
  for (const auto& c : categories) {
    if (c.code == code) return c.name;
  }
  return code;
}

nlohmann::json ReportRowJson(const support::BudgetReportRow& r) {
  return {{"unit_code", r.unit_code},
          {"unit_name", r.unit_name},
          {"category", r.category},
          {"category_name", r.category_name},
          {"amount_fen", r.amount_fen},
          {"allocated_fen", r.allocated_fen},
          {"spent_fen", r.spent_fen},
          {"own_spent_fen", r.own_spent_fen},
          {"pending_fen", r.pending_fen},
          {"remaining_fen", r.remaining_fen},
          {"execution_rate", r.execution_rate}};
}

// 202611 → "2026-11".
std::string MonthText(int month) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", month / 100, month % 100);
  return buf;
}

}  // namespace

nlohmann::json BudgetCategoryJson(const support::BudgetCategory& c) {
  return {{"code", c.code}, {"name", c.name}, {"name_en", c.name_en}, {"built_in", c.built_in}};
}

nlohmann::json BudgetLineJson(const store::BudgetLineRecord& l, const org::OrgDirectory& org,
                              const std::vector<support::BudgetCategory>& categories) {
  const store::UnitRecord* unit = org.Find(l.unit_id);
  return {{"id", l.id},
          {"year", l.year},
          {"unit_code", unit ? unit->code : ""},
          {"unit_name", unit ? unit->name : ""},
          {"category", l.category},
          {"category_name", CategoryName(l.category, categories)},
          {"amount_fen", l.amount_fen},
          {"allocated_fen", l.allocated_fen},
          {"spent_fen", l.spent_fen},
          {"pending_fen", l.pending_fen},
          {"remaining_fen", l.remaining_fen()},
          {"parent_id", OptionalId(l.parent_id)}};
}

nlohmann::json BudgetSpendingJson(const store::BudgetSpendingRecord& s) {
  return {{"id", s.id},
          {"line_id", s.line_id},
          {"amount_fen", s.amount_fen},
          {"purpose", s.purpose},
          {"payee", s.payee},
          {"spent_on", s.spent_on},
          {"note", s.note},
          {"created_at", FormatIso8601(s.created_at)},
          {"created_by_name", s.created_by_name},
          {"reverses_id", OptionalId(s.reverses_id)},
          {"reversed", s.reversed},
          {"state", s.state},
          {"return_reason", s.return_reason},
          {"step_due", s.step_due ? nlohmann::json(FormatIso8601(*s.step_due)) : nlohmann::json()},
          {"supervised", s.supervised}};
}

nlohmann::json BudgetAllocationJson(const store::BudgetAllocationRecord& a) {
  return {{"id", a.id},
          {"from_line_id", a.from_line_id},
          {"to_line_id", a.to_line_id},
          {"amount_fen", a.amount_fen},
          {"note", a.note},
          {"created_at", FormatIso8601(a.created_at)}};
}

nlohmann::json BudgetReportJson(const support::BudgetReport& report) {
  nlohmann::json own = nlohmann::json::array(), rows = nlohmann::json::array(),
                 monthly = nlohmann::json::array();
  for (const auto& r : report.own) own.push_back(ReportRowJson(r));
  for (const auto& r : report.children) rows.push_back(ReportRowJson(r));
  for (const auto& m : report.monthly) {
    monthly.push_back({{"month", MonthText(m.month)},
                       {"category", m.category},
                       {"category_name", m.category_name},
                       {"spent_fen", m.spent_fen}});
  }
  return {{"year", report.year},
          {"unit_code", report.unit_code},
          {"unit_name", report.unit_name},
          {"own", own},
          {"rows", rows},
          {"monthly", monthly}};
}

}  // namespace sanwang::api
