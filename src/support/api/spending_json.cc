#include "support/api/spending_json.h"

#include "core/time.h"
#include "support/api/budget_json.h"
#include "support/spending_supervision.h"

namespace sanwang::api {
namespace {

std::string StateLabel(const support::Ledger& ledger, const std::string& state) {
  if (ledger.spending_workflow == nullptr) return state;
  return ledger.spending_workflow->LabelOf(state);
}

}  // namespace

nlohmann::json SpendingWithRightsJson(const support::Ledger& ledger, const support::SpendingInSight& s,
                                      const std::vector<support::BudgetCategory>& categories) {
  nlohmann::json json = BudgetSpendingJson(s.record);
  json["state_label"] = StateLabel(ledger, s.record.state);
  json["unit_code"] = s.unit->code;
  json["unit_name"] = s.unit->name;
  json["year"] = s.line.year;
  json["category"] = s.line.category;
  json["category_name"] = s.line.category;
  for (const auto& c : categories) {
    if (c.code == s.line.category) json["category_name"] = c.name;
  }
  const support::SpendingRights rights = support::RightsOn(ledger, s);
  json["may_approve"] = rights.may_approve;
  json["may_return"] = rights.may_return;
  json["may_resubmit"] = rights.may_resubmit;
  json["may_withdraw"] = rights.may_withdraw;
  json["may_reverse"] = rights.may_reverse;
  json["may_attach"] = rights.may_attach;
  json["may_supervise"] = rights.may_supervise;
  json["overdue"] = support::IsOverdue(s.record, ledger.now);
  return json;
}

nlohmann::json SpendingEventJson(const store::SpendingEventRecord& e) {
  return {{"id", e.id},          {"at", FormatIso8601(e.at)},  {"user_name", e.user_name}, {"role", e.role},
          {"action", e.action},  {"from_state", e.from_state}, {"to_state", e.to_state},   {"note", e.note},
          {"changes", e.changes}};
}

nlohmann::json SpendingFileJson(const store::SpendingFileRecord& f) {
  return {
      {"id", f.id},
      {"file_name", f.file_name},
      {"content_type", f.content_type},
      {"size_bytes", f.size_bytes},
      {"sha256", f.sha256},
      {"uploaded_at", FormatIso8601(f.uploaded_at)},
      {"url", "/api/v1/budget/spending/" + std::to_string(f.spending_id) + "/files/" + std::to_string(f.id)}};
}

}  // namespace sanwang::api
