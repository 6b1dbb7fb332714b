#include "notify/store/inbox_repository.h"

#include "store/sql_text.h"

namespace sanwang::store {
namespace {

constexpr const char* kColumns =
    "id, district_code, user_id, kind, case_id, title, title_en, body, body_en, link, created_at, read_at";

NoticeRecord FromRow(const Row& r) {
  NoticeRecord n;
  n.id = r.Int(0);
  n.district_code = r.Text(1);
  n.user_id = r.Int(2);
  n.kind = r.Text(3);
  if (!r.IsNull(4)) n.case_id = r.Int(4);
  n.title = r.Text(5);
  n.title_en = r.Text(6);
  n.body = r.Text(7);
  n.body_en = r.Text(8);
  n.link = r.Text(9);
  n.created_at = r.Int(10);
  if (!r.IsNull(11)) n.read_at = r.Int(11);
  return n;
}

}  // namespace

Result<Id> InboxRepository::Insert(const NoticeRecord& n) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("INSERT INTO notify_inbox (district_code, user_id, kind, case_id, "
                                           "title, title_en, body, body_en, link, created_at) VALUES (" +
                                               Placeholders(10) + ") RETURNING id",
                                           {n.district_code, n.user_id, n.kind, Nullable(n.case_id), n.title,
                                            n.title_en, n.body, n.body_en, n.link, n.created_at}));
  return rows.at(0).Int(0);
}

Result<std::vector<NoticeRecord>> InboxRepository::List(const NoticeQuery& q) {
  std::string sql = std::string("SELECT ") + kColumns + " FROM notify_inbox WHERE user_id = ?";
  if (q.unread_only) sql += " AND read_at IS NULL";
  sql += " ORDER BY id DESC LIMIT ? OFFSET ?";
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, {q.user_id, static_cast<std::int64_t>(q.limit),
                                                 static_cast<std::int64_t>(q.offset)}));
  std::vector<NoticeRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(FromRow(r));
  return out;
}

Result<std::int64_t> InboxRepository::Count(Id user_id, bool unread_only) {
  std::string sql = "SELECT COUNT(*) FROM notify_inbox WHERE user_id = ?";
  if (unread_only) sql += " AND read_at IS NULL";
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(sql, {user_id}));
  return rows.at(0).Int(0);
}

Result<bool> InboxRepository::MarkRead(Id user_id, Id notice_id, std::int64_t at) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT read_at FROM notify_inbox WHERE id = ? AND user_id = ?",
                                           {notice_id, user_id}));
  if (rows.empty()) return false;
  SW_RETURN_IF_ERROR(
      db_.Execute("UPDATE notify_inbox SET read_at = ? WHERE id = ? AND read_at IS NULL", {at, notice_id})
          .status());
  return true;
}

Result<std::int64_t> InboxRepository::MarkAllRead(Id user_id, std::int64_t at) {
  return db_.Execute("UPDATE notify_inbox SET read_at = ? WHERE user_id = ? AND read_at IS NULL",
                     {at, user_id});
}

}  // namespace sanwang::store
