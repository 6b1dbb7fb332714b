// Tells the responsible unit's staff and the responsible leader of a ledger milestone that a
// supervision notice (督办单) was opened on it — a reminder before it falls due with no
// progress reported, supervision once it is overdue, an interview when left unanswered, or
// one the supervision office issued by hand (docs/governance.md, "Supervision") — by
// NoticeRules' ledger rules (`source = "ledger"`, `action = "supervision"`), in the app and
// on the channels they chose, in the opening's own transaction. No one is told of what they
// did. Stateless.
#pragma once

#include <string>
#include <vector>

#include "cases/actor.h"
#include "core/time.h"
#include "notify/notice_rules.h"
#include "store/database.h"

namespace sanwang::notify {

inline constexpr const char* kSupervisionLink = "/ledger/notices";

struct SupervisionOpened {
  std::string district_code;
  store::Id unit_id = 0;               // the milestone's responsible unit
  std::optional<store::Id> leader_id;  // and its responsible leader
  std::string milestone;               // its name
  std::string due_on;                  // "2026-06-30"
  std::string level;                   // "督办 Supervision"
  std::string reason;                  // "逾期未完成 Past due"
  std::string note;                    // the office's note, when it issued it by hand
};

Status TellOfSupervision(store::Database& db, const NoticeRules& rules, const SupervisionOpened& opened,
                         const cases::Actor& actor, UnixSeconds now);

}  // namespace sanwang::notify
