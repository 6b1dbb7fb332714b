#include "notify/notice_rules.h"

#include <algorithm>

#include "core/files.h"
#include "core/toml_text.h"
#include "notify/delivery_settings.h"

namespace sanwang::notify {
namespace {

Status RuleError(std::size_t index, const std::string& what_zh, const std::string& what_en,
                 const std::string& field) {
  return InvalidArgument("第 " + std::to_string(index + 1) + " 条通知规则" + what_zh + " notice rule " +
                             std::to_string(index + 1) + ": " + what_en,
                         field);
}

// What a rule of each source may say: its actions (none listed: the matter's workflow's,
// checked by CheckActions) and its audiences.
struct SourceSpec {
  std::string_view name;
  NoticeSource source;
  std::vector<std::string_view> actions;
  std::vector<std::pair<std::string_view, Audience>> audiences;
};

const std::vector<SourceSpec>& Sources() {
  static const std::vector<SourceSpec> kSources = {
      {"case",
       NoticeSource::kCase,
       {},
       {{"reporter", Audience::kReporter},
        {"handlers", Audience::kHandlers},
        {"command_center", Audience::kCommandCenter},
        {"area_followers", Audience::kAreaFollowers},
        {"case_watchers", Audience::kCaseWatchers}}},
      {"booking",
       NoticeSource::kBooking,
       {"approve", "refuse", "cancel", "no_show"},
       {{"booker", Audience::kBooker}}},
      {"deadline", NoticeSource::kDeadline, {"resolve_due_soon"}, {{"handlers", Audience::kHandlers}}},
      {"digest", NoticeSource::kDigest, {"daily"}, {{"leaders", Audience::kLeaders}}},
      {"spending",
       NoticeSource::kSpending,
       {"waiting", "returned", "supervised"},
       {{"approvers", Audience::kApprovers}, {"submitter", Audience::kSubmitter}}},
      {"ledger", NoticeSource::kLedger, {"supervision"}, {{"responsible", Audience::kResponsible}}},
  };
  return kSources;
}

// "a、b 或 c" and "a, b or c": the words a rule may use, for its error.
std::pair<std::string, std::string> Choices(const std::vector<std::string_view>& words) {
  std::string zh, en;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const bool last = i + 1 == words.size();
    zh += std::string(i == 0 ? "" : last ? " 或 " : "、") + std::string(words[i]);
    en += std::string(i == 0 ? "" : last ? " or " : ", ") + std::string(words[i]);
  }
  return {zh, en};
}

Result<const SourceSpec*> SourceNamed(std::string_view name, std::size_t index) {
  std::vector<std::string_view> names;
  for (const SourceSpec& spec : Sources()) {
    if (spec.name == name) return &spec;
    names.push_back(spec.name);
  }
  const auto [zh, en] = Choices(names);
  return RuleError(index, "的 source 须为 " + zh, "source must be " + en, "source");
}

// The rule's action and audience, as its source allows.
Status ReadActionAndAudience(const toml::table& t, const SourceSpec& spec, std::size_t index,
                             NoticeRule& rule) {
  const auto& actions = spec.actions;
  if (!actions.empty() && std::find(actions.begin(), actions.end(), rule.action) == actions.end()) {
    const auto [zh, en] = Choices(actions);
    return RuleError(index, "的 action 须为 " + zh,
                     "a " + std::string(spec.name) + " rule's action must be " + en, "action");
  }
  const std::string to = t["to"].value<std::string>().value_or("");
  std::vector<std::string_view> names;
  for (const auto& [name, audience] : spec.audiences) {
    if (name == to) {
      rule.to = audience;
      return Status::Ok();
    }
    names.push_back(name);
  }
  const auto [zh, en] = Choices(names);
  return RuleError(index, "的 to 须为 " + zh, "to must be " + en, "to");
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

// A rule to the followers of an area or a case says only what anyone may know of a report.
Status CheckPublicText(const NoticeRule& rule, std::size_t index) {
  for (const std::string* text : {&rule.title, &rule.title_en, &rule.body, &rule.body_en}) {
    for (std::string_view name : kNotForFollowers) {
      if (text->find("{" + std::string(name) + "}") != std::string::npos) {
        return RuleError(index, "发给关注者，不能使用 {" + std::string(name) + "}",
                         "goes to followers and may not use {" + std::string(name) + "}", "body");
      }
    }
  }
  return Status::Ok();
}

// The channels beyond the app a rule's message goes out on, and whether it is essential.
Status ReadDelivery(const toml::table& t, std::size_t index, NoticeRule& rule) {
  if (const toml::node* channels = t.get("channels")) {
    const toml::array* list = channels->as_array();
    if (list == nullptr)
      return RuleError(index, "的 channels 须为列表", "channels must be a list", "channels");
    for (const toml::node& c : *list) {
      const std::optional<std::string> name = c.value<std::string>();
      if (!name || !IsDeliveryChannel(*name)) {
        return RuleError(index, "的 channels 只能是 email、sms、wechat",
                         "channels must be email, sms or wechat", "channels");
      }
      rule.channels.push_back(*name);
    }
  }
  if (const toml::node* essential = t.get("essential")) {
    if (!essential->is_boolean())
      return RuleError(index, "的 essential 须为 true 或 false", "essential must be true or false",
                       "essential");
    rule.essential = essential->value<bool>().value_or(true);
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
  SW_ASSIGN_OR_RETURN(const SourceSpec* spec,
                      SourceNamed(t["source"].value<std::string>().value_or("case"), index));
  rule.source = spec->source;
  SW_RETURN_IF_ERROR(ReadActionAndAudience(t, *spec, index, rule));
  if (rule.to == Audience::kAreaFollowers || rule.to == Audience::kCaseWatchers)
    SW_RETURN_IF_ERROR(CheckPublicText(rule, index));
  SW_RETURN_IF_ERROR(ReadDelivery(t, index, rule));
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
    if (rules_[i].source == NoticeSource::kCase && rules_[i].action != kEveryAction &&
        !workflow.HasAction(rules_[i].action)) {
      return RuleError(i, "的操作 " + rules_[i].action + " 不在流程中",
                       "workflow " + workflow.name() + " has no action " + rules_[i].action, "action");
    }
  }
  return Status::Ok();
}

std::vector<const NoticeRule*> NoticeRules::For(std::string_view action, bool open_after) const {
  std::vector<const NoticeRule*> out;
  for (const NoticeRule& rule : rules_) {
    if (rule.source == NoticeSource::kCase && (rule.action == action || rule.action == kEveryAction) &&
        (!rule.open_after || *rule.open_after == open_after)) {
      out.push_back(&rule);
    }
  }
  return out;
}

std::vector<const NoticeRule*> NoticeRules::Of(NoticeSource source, std::string_view action) const {
  std::vector<const NoticeRule*> out;
  for (const NoticeRule& rule : rules_) {
    if (rule.source == source && rule.action == action) out.push_back(&rule);
  }
  return out;
}

std::vector<const NoticeRule*> NoticeRules::ForBooking(std::string_view decision) const {
  return Of(NoticeSource::kBooking, decision);
}

std::vector<const NoticeRule*> NoticeRules::ForDeadline(std::string_view event) const {
  return Of(NoticeSource::kDeadline, event);
}

std::vector<const NoticeRule*> NoticeRules::ForDigest(std::string_view event) const {
  return Of(NoticeSource::kDigest, event);
}

std::vector<const NoticeRule*> NoticeRules::ForSpending(std::string_view event) const {
  return Of(NoticeSource::kSpending, event);
}

std::vector<const NoticeRule*> NoticeRules::ForLedger(std::string_view event) const {
  return Of(NoticeSource::kLedger, event);
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

void PutLabel(NoticeValues& values, const std::string& name, std::string_view label) {
  // The English part: after the first space from which on the text is ASCII.
  for (std::size_t space = label.find(' '); space != std::string_view::npos;
       space = label.find(' ', space + 1)) {
    const std::string_view rest = label.substr(space + 1);
    if (!rest.empty() && std::all_of(rest.begin(), rest.end(),
                                     [](char ch) { return static_cast<unsigned char>(ch) < 0x80; })) {
      values[name] = std::string(label.substr(0, space));
      values[name + "_en"] = std::string(rest);
      return;
    }
  }
  values[name] = std::string(label);
  values[name + "_en"] = std::string(label);
}

}  // namespace sanwang::notify
