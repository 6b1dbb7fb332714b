#include "notify/notice_rules.h"

#include <algorithm>

#include "core/files.h"
#include "core/toml_text.h"

namespace sanwang::notify {
namespace {

Status RuleError(std::size_t index, const std::string& what_zh, const std::string& what_en,
                 const std::string& field) {
  return InvalidArgument("第 " + std::to_string(index + 1) + " 条通知规则" + what_zh + " notice rule " +
                             std::to_string(index + 1) + ": " + what_en,
                         field);
}

Result<Audience> AudienceNamed(std::string_view name) {
  if (name == "reporter") return Audience::kReporter;
  if (name == "handlers") return Audience::kHandlers;
  if (name == "command_center") return Audience::kCommandCenter;
  return InvalidArgument("unknown audience");
}

// Every {name} in `text` is a known placeholder.
Status CheckPlaceholders(std::string_view text) {
  for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', open + 1)) {
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) return InvalidArgument("an unclosed {");
    const std::string_view name = text.substr(open + 1, close - open - 1);
    if (std::find(std::begin(kNoticePlaceholders), std::end(kNoticePlaceholders), name) ==
        std::end(kNoticePlaceholders)) {
      return InvalidArgument("unknown placeholder {" + std::string(name) + "}");
    }
  }
  return Status::Ok();
}

Result<NoticeRule> ReadRule(const toml::table& t, std::size_t index) {
  NoticeRule rule;
  const std::pair<const char*, std::string*> texts[] = {{"kind", &rule.kind},   {"action", &rule.action},
                                                        {"title", &rule.title}, {"title_en", &rule.title_en},
                                                        {"body", &rule.body},   {"body_en", &rule.body_en}};
  for (const auto& [key, out] : texts) {
    std::optional<std::string> value = t[key].value<std::string>();
    if (!value || value->empty())
      return RuleError(index, "缺少 " + std::string(key), "missing " + std::string(key), key);
    *out = *value;
    Status placeholders = CheckPlaceholders(*out);
    if (!placeholders.ok())
      return RuleError(index, "的 " + std::string(key) + " 占位符有误", placeholders.message(), key);
  }
  auto audience = AudienceNamed(t["to"].value<std::string>().value_or(""));
  if (!audience.ok()) {
    return RuleError(index, "的 to 须为 reporter、handlers 或 command_center",
                     "to must be reporter, handlers or command_center", "to");
  }
  rule.to = *audience;
  if (t.contains("after")) {
    const std::string after = t["after"].value<std::string>().value_or("");
    if (after != "open" && after != "closed")
      return RuleError(index, "的 after 须为 open 或 closed", "after must be open or closed", "after");
    rule.open_after = after == "open";
  }
  return rule;
}

}  // namespace

Result<NoticeRules> NoticeRules::Parse(std::string_view toml_text) {
  SW_ASSIGN_OR_RETURN(toml::table parsed, ParseToml(toml_text, "notices"));
  const toml::array* notices = parsed["notice"].as_array();
  if (notices == nullptr) return InvalidArgument("通知规则为空 no [[notice]] rules", "notice");
  NoticeRules rules;
  for (std::size_t i = 0; i < notices->size(); ++i) {
    const toml::table* t = (*notices)[i].as_table();
    if (t == nullptr) return RuleError(i, "不是表", "is not a table", "notice");
    SW_ASSIGN_OR_RETURN(NoticeRule rule, ReadRule(*t, i));
    rules.rules_.push_back(std::move(rule));
  }
  return rules;
}

Result<NoticeRules> NoticeRules::Load(const std::filesystem::path& file) {
  SW_ASSIGN_OR_RETURN(std::string text, ReadFileToString(file));
  Result<NoticeRules> rules = Parse(text);
  if (!rules.ok()) return rules.status().WithContext(file.string());
  return rules;
}

Status NoticeRules::CheckActions(const cases::Workflow& workflow) const {
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    if (!workflow.HasAction(rules_[i].action)) {
      return RuleError(i, "的操作 " + rules_[i].action + " 不在流程中",
                       "workflow " + workflow.name() + " has no action " + rules_[i].action, "action");
    }
  }
  return Status::Ok();
}

std::vector<const NoticeRule*> NoticeRules::For(std::string_view action, bool open_after) const {
  std::vector<const NoticeRule*> out;
  for (const NoticeRule& rule : rules_) {
    if (rule.action == action && (!rule.open_after || *rule.open_after == open_after)) out.push_back(&rule);
  }
  return out;
}

std::string FillNotice(std::string_view text, const NoticeValues& values, bool english) {
  std::string out;
  std::size_t at = 0;
  for (std::size_t open = text.find('{'); open != std::string_view::npos; open = text.find('{', at)) {
    const std::size_t close = text.find('}', open);
    if (close == std::string_view::npos) break;
    out.append(text.substr(at, open - at));
    const std::string name(text.substr(open + 1, close - open - 1));
    auto found = english ? values.find(name + "_en") : values.end();
    if (found == values.end() || found->second.empty()) found = values.find(name);
    if (found != values.end()) out += found->second;
    at = close + 1;
  }
  out.append(text.substr(at));
  return out;
}

}  // namespace sanwang::notify
