// The leaders' daily digest (每日简报, docs/notifications.md §1): each morning from
// kDigestHour Beijing time, every enabled leader is told the day before in the district
// (leaders belong to the district, org/roles.h) by the digest rules of
// config/notices.toml (`source = "digest"`, `action = "daily"`): reports filed and resolved
// that day, deadlines missed, matters open now and how many of them are overdue. Run by the
// server's minute sweep inside its write; each leader's digest of a day is sent once
// (notify_digests), however often the sweep runs and wherever. Stateless functions.
#pragma once

#include "cases/workflow.h"
#include "core/time.h"
#include "notify/notice_rules.h"
#include "org/org_directory.h"
#include "store/database.h"

namespace sanwang::notify {

// The hour of the morning, in Beijing time, from which the day's digests go out.
inline constexpr int kDigestHour = 8;
// Where a leader reads more: the dashboard.
inline constexpr const char* kDigestLink = "/dashboard";

// The digests sent now: none before kDigestHour, and none a leader had today already.
Result<int> SendDailyDigests(store::Database& db, const org::OrgDirectory& org,
                             const cases::Workflow& workflow, const NoticeRules& rules,
                             const std::string& district_code, UnixSeconds now);

}  // namespace sanwang::notify
