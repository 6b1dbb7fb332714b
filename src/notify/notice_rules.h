// The rules of what Sanwang tells whom when a matter moves, read from data
// (config/notices.toml, docs/notifications.md): per workflow action — and, where one
// action can end either way, whether the case is open after it — whom a notice goes to and
// its text in Chinese and English, with placeholders filled from the case, and the
// channels beyond the app it also goes out on.
// Immutable once loaded; thread-safe.
#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cases/workflow.h"
#include "core/status.h"

namespace sanwang::notify {

// Whom a notice goes to (config/notices.toml says what each means).
enum class Audience {
  kReporter,
  kHandlers,
  kCommandCenter,
  kBooker,
  kAreaFollowers,
  kLeaders,
  kApprovers,     // of the step a spending record waits at
  kSubmitter,     // of a spending record
  kResponsible,   // a ledger milestone's responsible unit and leader
  kCaseWatchers,  // staff who follow a case (case_watches.h)
};

// What a rule is about: a resident's matter (the actions of its workflow), a venue
// booking (its decisions: approve, refuse, cancel, no_show), or a matter's deadline coming
// (resolve_due_soon: the minute sweep's warning before a case falls overdue), or the
// leaders' daily digest (daily: the morning's summary of the day before), or a spending
// record's approval (waiting: at a step for its approvers; returned: to its submitter;
// supervised: flagged 督办 where it waits, to its approvers), or
// the task ledger's supervision (supervision: a notice opened on a milestone).
enum class NoticeSource { kCase, kBooking, kDeadline, kDigest, kSpending, kLedger };

struct NoticeRule {
  std::string kind;  // "case_resolved": what the browser and the tests recognise
  NoticeSource source = NoticeSource::kCase;
  std::string action;              // the action that causes it
  std::optional<bool> open_after;  // only when the case is (not) open after the action
  Audience to = Audience::kReporter;
  std::string title, title_en, body, body_en;
  // The channels beyond the app it also goes out on (email, sms, wechat), to those whose
  // settings take them; none: the app only.
  std::vector<std::string> channels;
  // Whether it reaches those who chose essential messages only.
  bool essential = true;
};

// The values of a notice's placeholders ({case}, {title} …). Where a value has an English
// form, it is kept under the name with "_en" appended and fills the English texts.
using NoticeValues = std::map<std::string, std::string, std::less<>>;

// The placeholders a template may use.
inline constexpr std::string_view kNoticePlaceholders[] = {
    "case",    "title",  "note", "unit",      "answer",   "item",   "address", "venue",   "time",
    "reason",  "due",    "day",  "created",   "resolved", "missed", "open",    "overdue", "area",
    "purpose", "amount", "step", "milestone", "level",    "action", "state"};
// What a rule to the followers of an area or the staff who follow a case may not say: the
// staff's note and the online answer are meant for the reporter and those handling the
// case, not for whoever follows the place, nor for staff who may no longer read the case.
inline constexpr std::string_view kNotForFollowers[] = {"note", "answer"};
// A case rule's action that stands for every action of the workflow.
inline constexpr std::string_view kEveryAction = "*";

class NoticeRules {
 public:
  // InvalidArgument naming the rule (第 N 条) and field for a missing text, an unknown
  // audience, `after` other than open or closed, or an unknown placeholder.
  static Result<NoticeRules> Parse(std::string_view toml_text);
  static Result<NoticeRules> Load(const std::filesystem::path& file);

  // InvalidArgument for a case rule whose action the workflow does not have.
  Status CheckActions(const cases::Workflow& workflow) const;
  // The case rules for `action` ending with the case open (or not), and those for every
  // action (kEveryAction).
  std::vector<const NoticeRule*> For(std::string_view action, bool open_after) const;
  // The booking rules for a decision ("approve", "refuse", "cancel", "no_show").
  std::vector<const NoticeRule*> ForBooking(std::string_view decision) const;
  // The deadline rules for an event ("resolve_due_soon").
  std::vector<const NoticeRule*> ForDeadline(std::string_view event) const;
  // The digest rules for an event ("daily").
  std::vector<const NoticeRule*> ForDigest(std::string_view event) const;
  // The spending rules for an event ("waiting", "returned", "supervised").
  std::vector<const NoticeRule*> ForSpending(std::string_view event) const;
  // The ledger rules for an event ("supervision").
  std::vector<const NoticeRule*> ForLedger(std::string_view event) const;
  const std::vector<NoticeRule>& rules() const { return rules_; }

 private:
  // The rules of `source` for `action`.
  std::vector<const NoticeRule*> Of(NoticeSource source, std::string_view action) const;

  std::vector<NoticeRule> rules_;
};

// Puts a bilingual label ("办结 Resolve": the Chinese, a space, the English) as the values
// `name` (the Chinese) and `name`_en (the English); a label without an English part fills
// both.
void PutLabel(NoticeValues& values, const std::string& name, std::string_view label);

// `text` with each {name} replaced by its value (the "_en" value first when `english`);
// a placeholder without a value becomes empty.
std::string FillNotice(std::string_view text, const NoticeValues& values, bool english);

}  // namespace sanwang::notify
