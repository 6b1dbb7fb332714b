// Supervision of the task ledger (督查督办): the timer opens a notice (督办单) for a
// milestone that is past due, or due within a few working days with no progress reported,
// and sends it to the milestone's responsible unit and responsible leader. A notice left
// unanswered past its answer time escalates a level — 提醒 (reminder) → 督办 (supervision)
// → 约谈问责 (interview and accountability) — each level a notice of its own, kept. The
// unit or the leader answers a notice; the office may issue and escalate by hand; a notice closes
// by itself when its milestone no longer needs it (accepted, submitted for acceptance, or
// progress reported while not yet due). docs/governance.md, "Supervision".
// Functions over a Ledger (ledger_book.h); thread-safe as its Database.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "governance/ledger_book.h"
#include "governance/store/supervision_repository.h"

namespace sanwang::governance {

inline constexpr std::int64_t kReminder = 1;        // 提醒
inline constexpr std::int64_t kSupervision = 2;     // 督办
inline constexpr std::int64_t kAccountability = 3;  // 约谈问责

// "提醒 Reminder", "督办 Supervision", "约谈问责 Interview and accountability".
std::string LevelLabel(std::int64_t level);
// "逾期未完成 Past due", "临近到期未报进度 Due soon with no progress reported".
std::string ReasonLabel(const std::string& reason);

struct SupervisionPolicy {
  // A milestone due within this many working days that has had no progress report gets
  // a reminder before it falls due.
  int due_soon_working_days = 3;
  // Working hours the unit or leader has to answer a notice before the timer escalates it.
  int answer_within_working_hours = 16;
};

struct SupervisionSweep {
  int opened = 0;     // first notices (提醒)
  int escalated = 0;  // notices left unanswered and raised a level
  int resolved = 0;   // notices whose milestone no longer needs them
};

// The timer's pass over the district's ledger at the clock's now, in one transaction; each
// notice opened or escalated is also an event of its milestone. Not a caller's action:
// routes never call it (the server's minute sweep and the demo do).
Result<SupervisionSweep> Supervise(const Ledger& ledger, const SupervisionPolicy& policy);

struct NoticeFilter {
  bool active_only = false;
  std::optional<std::int64_t> level;
  std::string unit_code;        // this unit's notices and those of the units below it
  std::string leader_username;  // this leader's notices
  std::optional<store::Id> milestone_id;
  std::int64_t limit = 100;
  std::int64_t offset = 0;
};

struct NoticePage {
  std::vector<store::SupervisionNoticeRecord> items;
  std::int64_t total = 0;
};

// The notices the caller sees (the milestones' sight, ledger_access.h), newest first.
Result<NoticePage> ListNotices(const Ledger& ledger, const NoticeFilter& filter);
// NotFound for a notice outside the caller's sight.
Result<store::SupervisionNoticeRecord> FindNotice(const Ledger& ledger, store::Id id);
// The office issues a notice by hand (督察室交办) at a level it chooses, with its reason,
// on a milestone still with its unit that has no active notice (escalate that instead).
// The timer escalates it like its own, and closes it once the milestone leaves its unit.
Result<store::SupervisionNoticeRecord> IssueNotice(const Ledger& ledger, store::Id milestone_id,
                                                   std::int64_t level, const std::string& note,
                                                   const SupervisionPolicy& policy = {});
// The responsible unit's staff or the responsible leader answer an active notice once.
Result<store::SupervisionNoticeRecord> AnswerNotice(const Ledger& ledger, store::Id id,
                                                    const std::string& answer);
// The office raises an active notice a level by hand, with its reason, before the timer
// would; refused at the top level.
Result<store::SupervisionNoticeRecord> EscalateNotice(const Ledger& ledger, store::Id id,
                                                      const std::string& note,
                                                      const SupervisionPolicy& policy = {});
// "answer", "escalate": what the caller may do with the notice now, for user interfaces.
std::vector<std::string> AllowedNoticeActions(const Ledger& ledger,
                                              const store::SupervisionNoticeRecord& notice);

// The accountability list (责任追究): each late milestone the caller sees, since when and
// for how many working days it is late, and every notice sent about it.
struct AccountabilityRow {
  store::LedgerMilestoneRecord milestone;
  std::int64_t working_days_late = 0;
  std::vector<store::SupervisionNoticeRecord> notices;  // oldest first
};
struct AccountabilityPage {
  std::vector<AccountabilityRow> items;
  std::int64_t total = 0;
};
Result<AccountabilityPage> AccountabilityList(const Ledger& ledger, std::int64_t limit, std::int64_t offset);

}  // namespace sanwang::governance
