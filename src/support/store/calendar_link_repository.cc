#include "support/store/calendar_link_repository.h"

namespace sanwang::store {

Result<std::optional<CalendarLinkRecord>> CalendarLinkRepository::Of(Id user_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT user_id, district_code, token_hash, created_at FROM "
                                           "support_calendar_links WHERE user_id = ?",
                                           {user_id}));
  if (rows.empty()) return std::optional<CalendarLinkRecord>();
  const Row& r = rows.front();
  return std::optional<CalendarLinkRecord>(CalendarLinkRecord{r.Int(0), r.Text(1), r.Text(2), r.Int(3)});
}

// In a transaction of its own (a savepoint inside another), so that a refused insert
// leaves PostgreSQL's surrounding transaction usable.
Status CalendarLinkRepository::Insert(const CalendarLinkRecord& link) {
  return db_.InTransaction([&]() -> Status {
    return db_
        .Execute(
            "INSERT INTO support_calendar_links (user_id, district_code, token_hash, created_at) "
            "VALUES (?, ?, ?, ?)",
            {link.user_id, link.district_code, link.token_hash, link.created_at})
        .status();
  });
}

Status CalendarLinkRepository::Replace(const CalendarLinkRecord& link) {
  return db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(auto changed,
                        db_.Execute("UPDATE support_calendar_links SET token_hash = ?, "
                                    "created_at = ? WHERE user_id = ? AND district_code = ?",
                                    {link.token_hash, link.created_at, link.user_id, link.district_code}));
    if (changed > 0) return Status::Ok();
    return Insert(link);
  });
}

Result<std::optional<Id>> CalendarLinkRepository::EnabledOwnerOf(const std::string& district_code,
                                                                 const std::string& token_hash) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT l.user_id FROM support_calendar_links l JOIN users u ON "
                                           "u.id = l.user_id WHERE l.token_hash = ? AND l.district_code = ? "
                                           "AND u.disabled = 0",
                                           {token_hash, district_code}));
  if (rows.empty()) return std::optional<Id>();
  return std::optional<Id>(rows.front().Int(0));
}

}  // namespace sanwang::store
