// A workflow definition: states, transitions, and who may take them, read from a TOML
// file under config/workflows/ (docs/architecture.md §4). The engine enforces it; the definition
// itself only answers questions ("which transition is `accept` from `dispatched`?").
//
// Immutable after Parse; safe for concurrent reads.
#pragma once

#include <filesystem>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace sanwang::cases {

enum class Effect {
  kRoute,
  kAccept,
  kResolve,
  kReturn,
  kRedispatch,
  kEscalate,
  kRequestExtension,
  kApproveExtension,
  kDenyExtension,
  kRate,
  kSupervise,
  kReclassify,  // staff correct the catalog item; the case is routed again by its tier
  kMerge,       // closed as a duplicate of another open case
  kUrge,        // 催办: the resident presses for an open matter; the state does not change
  kComment,     // a note on an open matter, by the resident or the handling unit
};

// kFollower: the reporter or a resident who follows the case (case_followers).
enum class Scope { kUnit, kReporter, kFollower, kAny };

struct WorkflowState {
  std::string name;
  std::string label;
  bool open = true;
  // Working hours (of the working calendar) a record may wait in this state before it is
  // overdue; 0: no deadline. The spending chain's steps use it (docs/support.md §2); the
  // case engine counts a case's deadlines from the catalog and accept_hours instead.
  int due_hours = 0;
};

struct Transition {
  std::string action;
  // The effect as the file names it. Another engine's workflow (a governance milestone's)
  // names effects of its own vocabulary; `effect` below is the case engine's reading and
  // means something only for a workflow parsed with CaseEffectNames().
  std::string effect_name;
  std::string label;
  std::vector<std::string> from;
  std::string to;  // empty: the state does not change (supervision)
  std::vector<std::string> roles;
  Scope scope = Scope::kUnit;
  Effect effect = Effect::kRoute;
  bool note_required = false;

  bool AllowsRole(std::string_view role) const;
  bool StartsFrom(std::string_view state) const;
};

// The effect names an engine understands; Parse refuses a transition naming any other.
using EffectVocabulary = std::span<const std::string_view>;
// The case engine's effects (those of Effect above): the default vocabulary.
EffectVocabulary CaseEffectNames();

class Workflow {
 public:
  static Result<Workflow> Parse(std::string_view toml_text, EffectVocabulary effects = CaseEffectNames());
  static Result<Workflow> Load(const std::filesystem::path& file,
                               EffectVocabulary effects = CaseEffectNames());

  const std::string& name() const { return name_; }
  const std::string& label() const { return label_; }
  const std::string& initial() const { return initial_; }
  int accept_hours() const { return accept_hours_; }
  int default_resolve_hours() const { return default_resolve_hours_; }
  int max_reopen() const { return max_reopen_; }
  // A rating of at least this many stars (1..5) counts as satisfied (满意) in the
  // indicators; below it, the case is reopened (up to max_reopen times).
  int satisfied_min_stars() const { return satisfied_min_stars_; }
  // A case may be urged (催办) at most once in this many hours.
  int urge_interval_hours() const { return urge_interval_hours_; }
  double repeat_radius_m() const { return repeat_radius_m_; }
  int repeat_window_days() const { return repeat_window_days_; }
  // A new case is flagged as a possible duplicate of an open case of the same item filed
  // within this distance and window whose text is at least this similar.
  double duplicate_radius_m() const { return duplicate_radius_m_; }
  int duplicate_window_days() const { return duplicate_window_days_; }
  double duplicate_min_similarity() const { return duplicate_min_similarity_; }
  const std::vector<WorkflowState>& states() const { return states_; }
  const std::vector<Transition>& transitions() const { return transitions_; }

  const WorkflowState* FindState(std::string_view name) const;
  bool IsOpen(std::string_view state) const;
  // The state's label ("待审核 Awaiting review"); the name itself for a state the workflow
  // does not have (a state of an older file, kept on a record).
  std::string LabelOf(std::string_view state) const;
  // The names of the states marked `open` (or not), in the file's order: the one answer to
  // "which cases are still being handled" for lists, feeds and the browser.
  std::vector<std::string> StatesWhereOpen(bool open) const;
  // The states a transition named `action` may start from, in the file's order: the sweep
  // asks which cases `supervise` may still flag.
  std::vector<std::string> StatesWhereActionStarts(std::string_view action) const;
  // The transition named `action` that may start from `state`, or nullptr.
  const Transition* Find(std::string_view action, std::string_view state) const;
  bool HasAction(std::string_view action) const;

 private:
  Status Validate() const;

  std::string name_;
  std::string label_;
  std::string initial_;
  int accept_hours_ = 2;
  int default_resolve_hours_ = 40;
  int max_reopen_ = 1;
  int satisfied_min_stars_ = 4;
  int urge_interval_hours_ = 24;
  double repeat_radius_m_ = 100;
  int repeat_window_days_ = 30;
  double duplicate_radius_m_ = 50;
  int duplicate_window_days_ = 30;
  double duplicate_min_similarity_ = 0.2;
  std::vector<WorkflowState> states_;
  std::vector<Transition> transitions_;
};

}  // namespace sanwang::cases
