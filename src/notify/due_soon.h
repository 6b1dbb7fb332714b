// Warns the staff handling a matter before it falls overdue (临期提醒, docs/notifications.md
// §1): each case still to be resolved whose resolution deadline comes within the window
// tells its handling unit's staff once per deadline, by the deadline rules of
// config/notices.toml (`source = "deadline"`, `action = "resolve_due_soon"`), in the app
// and on the channels they chose. Run by the server's minute sweep inside its write.
// Stateless functions.
#pragma once

#include "cases/workflow.h"
#include "core/time.h"
#include "notify/notice_rules.h"
#include "org/org_directory.h"
#include "store/database.h"

namespace sanwang::notify {

// How long before its deadline a case is warned of.
inline constexpr std::int64_t kDueSoonWindowSeconds = 24 * 3600;

// The cases warned of now; each at most once per deadline.
Result<int> WarnCasesDueSoon(store::Database& db, const org::OrgDirectory& org,
                             const cases::Workflow& workflow, const NoticeRules& rules,
                             const std::string& district_code, UnixSeconds now);

}  // namespace sanwang::notify
