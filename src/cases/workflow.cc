#include "cases/workflow.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/files.h"
#include "core/toml_text.h"
#include "org/roles.h"

namespace sanwang::cases {
namespace {

const std::map<std::string, Effect, std::less<>>& EffectNames() {
  static const std::map<std::string, Effect, std::less<>> kNames = {
      {"route", Effect::kRoute},
      {"accept", Effect::kAccept},
      {"resolve", Effect::kResolve},
      {"return", Effect::kReturn},
      {"redispatch", Effect::kRedispatch},
      {"escalate", Effect::kEscalate},
      {"request_extension", Effect::kRequestExtension},
      {"approve_extension", Effect::kApproveExtension},
      {"deny_extension", Effect::kDenyExtension},
      {"rate", Effect::kRate},
      {"supervise", Effect::kSupervise},
      {"reclassify", Effect::kReclassify},
      {"merge", Effect::kMerge},
      {"urge", Effect::kUrge},
      {"comment", Effect::kComment},
  };
  return kNames;
}

std::vector<std::string> StringList(const toml::node_view<const toml::node>& node) {
  std::vector<std::string> out;
  if (const toml::array* a = node.as_array()) {
    for (const auto& item : *a) out.push_back(item.value_or(std::string{}));
  }
  return out;
}

Result<Transition> ParseTransition(const toml::table& t, std::size_t index, EffectVocabulary effects) {
  Transition tr;
  std::string where = "transition " + std::to_string(index);
  tr.action = t["action"].value_or(std::string{});
  tr.label = t["label"].value_or(tr.action);
  tr.from = StringList(t["from"]);
  tr.to = t["to"].value_or(std::string{});
  tr.roles = StringList(t["roles"]);
  tr.note_required = t["note_required"].value_or(false);
  std::string scope = t["scope"].value_or(std::string("unit"));
  if (scope == "unit")
    tr.scope = Scope::kUnit;
  else if (scope == "reporter")
    tr.scope = Scope::kReporter;
  else if (scope == "follower")
    tr.scope = Scope::kFollower;
  else if (scope == "any")
    tr.scope = Scope::kAny;
  else
    return InvalidArgument(where + ": unknown scope '" + scope + "'");
  tr.effect_name = t["effect"].value_or(std::string{});
  if (std::find(effects.begin(), effects.end(), tr.effect_name) == effects.end()) {
    return InvalidArgument(where + ": unknown effect '" + tr.effect_name + "'");
  }
  if (auto it = EffectNames().find(tr.effect_name); it != EffectNames().end()) tr.effect = it->second;
  if (tr.action.empty()) return InvalidArgument(where + ": 'action' is required");
  return tr;
}

}  // namespace

EffectVocabulary CaseEffectNames() {
  static const std::vector<std::string_view> kNames = [] {
    std::vector<std::string_view> names;
    for (const auto& entry : EffectNames()) names.push_back(entry.first);
    return names;
  }();
  return kNames;
}

bool Transition::AllowsRole(std::string_view role) const {
  return std::find(roles.begin(), roles.end(), role) != roles.end();
}

bool Transition::StartsFrom(std::string_view state) const {
  return std::find(from.begin(), from.end(), state) != from.end();
}

Result<Workflow> Workflow::Parse(std::string_view toml_text, EffectVocabulary effects) {
  SW_ASSIGN_OR_RETURN(toml::table t, ParseToml(toml_text, "workflow"));
  Workflow w;
  w.name_ = t["name"].value_or(std::string{});
  w.label_ = t["label"].value_or(w.name_);
  w.initial_ = t["initial"].value_or(std::string{});
  w.accept_hours_ = t["accept_hours"].value_or(2);
  w.default_resolve_hours_ = t["default_resolve_hours"].value_or(40);
  w.max_reopen_ = t["max_reopen"].value_or(1);
  w.satisfied_min_stars_ = t["ratings"]["satisfied_min_stars"].value_or(4);
  w.urge_interval_hours_ = t["urge_interval_hours"].value_or(24);
  w.repeat_radius_m_ = t["repeat_radius_m"].value_or(100.0);
  w.repeat_window_days_ = t["repeat_window_days"].value_or(30);
  w.duplicate_radius_m_ = t["duplicate_radius_m"].value_or(50.0);
  w.duplicate_window_days_ = t["duplicate_window_days"].value_or(30);
  w.duplicate_min_similarity_ = t["duplicate_min_similarity"].value_or(0.2);
  if (const toml::array* states = t["state"].as_array()) {
    for (const auto& node : *states) {
      const toml::table* s = node.as_table();
      if (s == nullptr) return InvalidArgument("workflow: [[state]] must be a table");
      w.states_.push_back({(*s)["name"].value_or(std::string{}), (*s)["label"].value_or(std::string{}),
                           (*s)["open"].value_or(true), (*s)["due_hours"].value_or(0)});
    }
  }
  if (const toml::array* transitions = t["transition"].as_array()) {
    for (std::size_t i = 0; i < transitions->size(); ++i) {
      const toml::table* tr = (*transitions)[i].as_table();
      if (tr == nullptr) return InvalidArgument("workflow: [[transition]] must be a table");
      SW_ASSIGN_OR_RETURN(Transition parsed, ParseTransition(*tr, i, effects));
      w.transitions_.push_back(std::move(parsed));
    }
  }
  Status valid = w.Validate();
  if (!valid.ok()) return valid.WithContext("workflow " + w.name_);
  return w;
}

Result<Workflow> Workflow::Load(const std::filesystem::path& file, EffectVocabulary effects) {
  SW_ASSIGN_OR_RETURN(std::string text, ReadFileToString(file));
  auto w = Parse(text, effects);
  if (!w.ok()) return w.status().WithContext(file.string());
  return w;
}

Status Workflow::Validate() const {
  if (name_.empty()) return InvalidArgument("'name' is required");
  if (FindState(initial_) == nullptr)
    return InvalidArgument("initial state '" + initial_ + "' is not a state");
  if (accept_hours_ < 0 || default_resolve_hours_ <= 0 || max_reopen_ < 0) {
    return InvalidArgument("hours and reopen limits must not be negative");
  }
  if (satisfied_min_stars_ < 1 || satisfied_min_stars_ > 5) {
    return InvalidArgument("[ratings] satisfied_min_stars must be from 1 to 5");
  }
  if (urge_interval_hours_ < 0) return InvalidArgument("urge_interval_hours must not be negative");
  if (repeat_radius_m_ < 0 || repeat_window_days_ < 0 || duplicate_radius_m_ < 0 ||
      duplicate_window_days_ < 0) {
    return InvalidArgument("repeat and duplicate radii and windows must not be negative");
  }
  if (!(duplicate_min_similarity_ >= 0 && duplicate_min_similarity_ <= 1)) {
    return InvalidArgument("duplicate_min_similarity must be from 0 to 1");
  }
  std::set<std::string> names;
  for (const auto& s : states_) {
    if (s.name.empty() || !names.insert(s.name).second)
      return InvalidArgument("state names must be unique and non-empty");
    if (s.due_hours < 0) return InvalidArgument(s.name + ": due_hours must not be negative");
    if (s.due_hours > 0 && !s.open) return InvalidArgument(s.name + ": a closed state has no due_hours");
  }
  for (const auto& tr : transitions_) {
    for (const auto& f : tr.from) {
      if (!names.count(f)) return InvalidArgument(tr.action + ": unknown state '" + f + "'");
      if (Find(tr.action, f) != &tr) return InvalidArgument(tr.action + " is defined twice from '" + f + "'");
    }
    if (tr.from.empty()) return InvalidArgument(tr.action + ": 'from' is empty");
    if (!tr.to.empty() && !names.count(tr.to))
      return InvalidArgument(tr.action + ": unknown state '" + tr.to + "'");
    for (const auto& r : tr.roles) {
      if (r != org::kSystem && !org::IsKnownRole(r))
        return InvalidArgument(tr.action + ": unknown role '" + r + "'");
    }
  }
  return Status::Ok();
}

const WorkflowState* Workflow::FindState(std::string_view name) const {
  for (const auto& s : states_) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

bool Workflow::IsOpen(std::string_view state) const {
  const WorkflowState* s = FindState(state);
  return s != nullptr && s->open;
}

std::string Workflow::LabelOf(std::string_view state) const {
  const WorkflowState* s = FindState(state);
  return s != nullptr ? s->label : std::string(state);
}

std::vector<std::string> Workflow::StatesWhereOpen(bool open) const {
  std::vector<std::string> names;
  for (const auto& s : states_) {
    if (s.open == open) names.push_back(s.name);
  }
  return names;
}

std::vector<std::string> Workflow::StatesWhereActionStarts(std::string_view action) const {
  std::vector<std::string> names;
  for (const auto& s : states_) {
    if (Find(action, s.name) != nullptr) names.push_back(s.name);
  }
  return names;
}

const Transition* Workflow::Find(std::string_view action, std::string_view state) const {
  for (const auto& tr : transitions_) {
    if (tr.action == action && tr.StartsFrom(state)) return &tr;
  }
  return nullptr;
}

bool Workflow::HasAction(std::string_view action) const {
  return std::any_of(transitions_.begin(), transitions_.end(),
                     [&](const Transition& tr) { return tr.action == action; });
}

}  // namespace sanwang::cases
