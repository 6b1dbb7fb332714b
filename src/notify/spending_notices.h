// Tells staff of a spending record's moves through its approval chain (支出审批,
// docs/notifications.md §1) by NoticeRules' spending rules: the approvers of the step it
// now waits at (`waiting`), or its submitter when a step returned it with a reason
// (`returned`), or the approvers of the step where it was flagged 督办, with the reason
// (`supervised`). Who the approvers are is the books' rule (support/spending_notices.h); this
// file writes the notices, in the move's own transaction. No one is told of what they did.
// Stateless.
#pragma once

#include <string>
#include <vector>

#include "cases/actor.h"
#include "core/time.h"
#include "notify/notice_rules.h"
#include "store/database.h"

namespace sanwang::notify {

inline constexpr const char* kBudgetLink = "/budget";

struct SpendingMoved {
  std::string district_code;
  std::string event;  // waiting | returned | supervised
  std::vector<store::Id> recipients;
  std::string unit_name;  // the unit whose line it is spent on
  std::string purpose;
  std::int64_t amount_fen = 0;
  std::string step;  // the state's label: "待街道审批 Awaiting the sub-district"
  std::string reason;
};

// "1,234.56": an amount in 分 as yuan with two decimals.
std::string YuanText(std::int64_t fen);

Status TellOfSpending(store::Database& db, const NoticeRules& rules, const SpendingMoved& moved,
                      const cases::Actor& actor, UnixSeconds now);

}  // namespace sanwang::notify
