// A person's in-app notices (站内通知, the bell): each signed-in account reads and marks
// read its own and no one else's — a notice of another account is as unknown as one that
// never was. Stateless functions.
#pragma once

#include <vector>

#include "cases/actor.h"
#include "core/time.h"
#include "notify/store/inbox_repository.h"

namespace sanwang::notify {

inline constexpr std::size_t kMaxNoticesPerPage = 100;

struct InboxPage {
  std::vector<store::NoticeRecord> items;  // the newest first
  std::int64_t total = 0;                  // of the list asked for (all, or unread only)
  std::int64_t unread = 0;
};

Result<InboxPage> ReadInbox(store::Database& db, const cases::Actor& actor, bool unread_only,
                            std::size_t limit, std::size_t offset);
Result<std::int64_t> UnreadNotices(store::Database& db, const cases::Actor& actor);
// NotFound unless the notice is the actor's; reading a read notice again changes nothing.
Status MarkNoticeRead(store::Database& db, const cases::Actor& actor, store::Id notice_id, UnixSeconds now);
// How many were unread.
Result<std::int64_t> MarkAllNoticesRead(store::Database& db, const cases::Actor& actor, UnixSeconds now);

}  // namespace sanwang::notify
