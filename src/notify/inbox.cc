#include "notify/inbox.h"

namespace sanwang::notify {
namespace {

Result<store::Id> AccountOf(const cases::Actor& actor) {
  if (!actor.user_id) return PermissionDenied("请先登录 sign in first");
  return *actor.user_id;
}

}  // namespace

Result<InboxPage> ReadInbox(store::Database& db, const cases::Actor& actor, bool unread_only,
                            std::size_t limit, std::size_t offset) {
  SW_ASSIGN_OR_RETURN(store::Id user, AccountOf(actor));
  if (limit == 0 || limit > kMaxNoticesPerPage) {
    return InvalidArgument("每页 1 到 " + std::to_string(kMaxNoticesPerPage) + " 条 page_size must be 1 to " +
                               std::to_string(kMaxNoticesPerPage),
                           "page_size");
  }
  store::InboxRepository inbox(db);
  InboxPage page;
  SW_ASSIGN_OR_RETURN(page.items, inbox.List({user, unread_only, limit, offset}));
  SW_ASSIGN_OR_RETURN(page.unread, inbox.Count(user, true));
  if (unread_only) {
    page.total = page.unread;
  } else {
    SW_ASSIGN_OR_RETURN(page.total, inbox.Count(user, false));
  }
  return page;
}

Result<std::int64_t> UnreadNotices(store::Database& db, const cases::Actor& actor) {
  SW_ASSIGN_OR_RETURN(store::Id user, AccountOf(actor));
  return store::InboxRepository(db).Count(user, true);
}

Status MarkNoticeRead(store::Database& db, const cases::Actor& actor, store::Id notice_id, UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(store::Id user, AccountOf(actor));
  SW_ASSIGN_OR_RETURN(bool found, store::InboxRepository(db).MarkRead(user, notice_id, now));
  if (!found) return NotFound("通知不存在 no such notice");
  return Status::Ok();
}

Result<std::int64_t> MarkAllNoticesRead(store::Database& db, const cases::Actor& actor, UnixSeconds now) {
  SW_ASSIGN_OR_RETURN(store::Id user, AccountOf(actor));
  return store::InboxRepository(db).MarkAllRead(user, now);
}

}  // namespace sanwang::notify
