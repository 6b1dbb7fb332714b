// Keeps the in-app notices (notify_inbox, notify_schema.cc): written in the transaction of
// the change that causes them, read and marked read by their recipient only.
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

struct NoticeRecord {
  Id id = 0;
  std::string district_code;
  Id user_id = 0;
  std::string kind;
  std::optional<Id> case_id;
  std::string title;
  std::string title_en;
  std::string body;
  std::string body_en;
  std::string link;
  std::int64_t created_at = 0;
  std::optional<std::int64_t> read_at;
};

struct NoticeQuery {
  Id user_id = 0;
  bool unread_only = false;
  std::size_t limit = 20;
  std::size_t offset = 0;
};

class InboxRepository {
 public:
  explicit InboxRepository(Database& db) : db_(db) {}

  Result<Id> Insert(const NoticeRecord& notice);
  // The recipient's notices, the newest first.
  Result<std::vector<NoticeRecord>> List(const NoticeQuery& query);
  Result<std::int64_t> Count(Id user_id, bool unread_only);
  // Marks one of the user's notices read at `at` unless it was already; false when the
  // user has no notice of that id.
  Result<bool> MarkRead(Id user_id, Id notice_id, std::int64_t at);
  // Marks every unread notice of the user read; how many there were.
  Result<std::int64_t> MarkAllRead(Id user_id, std::int64_t at);

 private:
  Database& db_;
};

}  // namespace sanwang::store
