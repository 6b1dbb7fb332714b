#include "governance/api/supervision_json.h"

#include "api/json_views.h"
#include "api/responses.h"
#include "governance/api/ledger_json.h"

namespace sanwang::api {

nlohmann::json NoticeJson(const governance::Ledger& ledger, const store::SupervisionNoticeRecord& n) {
  nlohmann::json leader = nullptr;
  if (n.leader_id) leader = {{"username", n.leader_username}, {"name", n.leader_name}};
  return {{"id", n.id},
          {"milestone", {{"id", n.milestone_id}, {"name", n.milestone_name}, {"due_on", n.due_on}}},
          {"level", n.level},
          {"level_label", governance::LevelLabel(n.level)},
          {"reason", n.reason},
          {"reason_label", governance::ReasonLabel(n.reason)},
          {"note", n.note},
          {"unit", {{"code", n.unit_code}, {"name", n.unit_name}}},
          {"leader", leader},
          {"opened_at", FormatIso8601(n.opened_at)},
          {"opened_by", TextOrNull(n.opened_by_username)},
          {"answer_by", FormatIso8601(n.answer_by)},
          {"answered_at", TimeOrNull(n.answered_at)},
          {"answered_by", TextOrNull(n.answered_by_username)},
          {"answer", n.answer},
          {"active", !n.closed_at.has_value()},
          {"closed_at", TimeOrNull(n.closed_at)},
          {"closed_reason", TextOrNull(n.closed_reason)},
          {"previous_id", n.previous_id ? nlohmann::json(*n.previous_id) : nlohmann::json(nullptr)},
          {"allowed_actions", governance::AllowedNoticeActions(ledger, n)},
          {"demo", n.demo}};
}

nlohmann::json AccountabilityRowJson(const governance::Ledger& ledger,
                                     const governance::AccountabilityRow& row) {
  nlohmann::json notices = nlohmann::json::array();
  for (const auto& n : row.notices) notices.push_back(NoticeJson(ledger, n));
  return {{"milestone", MilestoneJson(ledger, row.milestone)},
          {"late_since", row.milestone.due_on},
          {"working_days_late", row.working_days_late},
          {"notices", notices}};
}

Result<NoticeIssue> NoticeIssueFromJson(const std::string& body) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o, ParseJsonObject(body, {"level", "note"}));
  NoticeIssue out;
  SW_ASSIGN_OR_RETURN(std::optional<std::int64_t> level, IntegerField(o, "level"));
  if (!level) return InvalidArgument("请填写督办级别 level is required", "level");
  out.level = *level;
  SW_ASSIGN_OR_RETURN(out.note, StringField(o, "note", true));
  return out;
}

Result<std::string> NoticeTextFromJson(const std::string& body, const std::string& key) {
  SW_ASSIGN_OR_RETURN(nlohmann::json o, ParseJsonObject(body, {key}));
  return StringField(o, key, true);
}

}  // namespace sanwang::api
