#include "notify/store/outbox_repository.h"

#include "store/record_columns.h"
#include "store/sql_text.h"

namespace sanwang::store {
namespace {

using OutboxColumn = RecordColumn<OutboxRecord>;

// Every column after the id, declared once for every read and write.
const std::vector<OutboxColumn>& OutboxColumns() {
  using O = OutboxRecord;
  static const std::vector<OutboxColumn> kColumns = {
      Field<&O::district_code>("district_code"),
      Field<&O::idempotency_key>("idempotency_key"),
      Field<&O::channel>("channel"),
      Field<&O::user_id>("user_id"),
      Field<&O::kind>("kind"),
      Field<&O::notice_id>("notice_id"),
      Field<&O::subject>("subject"),
      Field<&O::body>("body"),
      Field<&O::params>("params"),
      Field<&O::state>("state"),
      Field<&O::attempts>("attempts"),
      Field<&O::not_before>("not_before"),
      Field<&O::last_error>("last_error"),
      Field<&O::created_at>("created_at"),
      Field<&O::sent_at>("sent_at"),
  };
  return kColumns;
}

std::string Select() { return "SELECT id, " + ColumnList(OutboxColumns()) + " FROM notify_outbox"; }

std::vector<OutboxRecord> Records(const std::vector<Row>& rows) {
  std::vector<OutboxRecord> out;
  out.reserve(rows.size());
  for (const Row& r : rows) out.push_back(RecordFromIdRow(OutboxColumns(), r));
  return out;
}

// The WHERE clause of a query and its parameters.
std::pair<std::string, SqlParams> Filter(const OutboxQuery& q) {
  std::string where = " WHERE district_code = ?";
  SqlParams params = {q.district_code};
  if (!q.state.empty()) {
    where += " AND state = ?";
    params.push_back(q.state);
  }
  return {where, params};
}

}  // namespace

Result<Id> OutboxRepository::Insert(const OutboxRecord& message) {
  // One statement: a key taken already inserts nothing (and returns no id) without the
  // error that would end a PostgreSQL transaction.
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("INSERT INTO notify_outbox (" + ColumnList(OutboxColumns()) +
                                               ") VALUES (" + Placeholders(OutboxColumns().size()) +
                                               ") ON CONFLICT (idempotency_key) DO NOTHING RETURNING id",
                                           ColumnValues(OutboxColumns(), message)));
  if (rows.empty()) return AlreadyExists("消息已存在 the message " + message.idempotency_key + " exists");
  return rows.at(0).Int(0);
}

Result<std::vector<OutboxRecord>> OutboxRepository::Claim(std::int64_t now, std::int64_t claimed_until,
                                                          std::size_t limit) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(Select() + " WHERE state = 'pending' AND not_before <= ? "
                                                      "ORDER BY not_before, id LIMIT ?",
                                           {now, static_cast<std::int64_t>(limit)}));
  // Each row is taken only if it is still due: of two senders that read it at once (a
  // lease that ran out under a slow one), the second changes nothing and skips it.
  std::vector<OutboxRecord> claimed;
  for (OutboxRecord& m : Records(rows)) {
    SW_ASSIGN_OR_RETURN(
        std::int64_t taken,
        db_.Execute("UPDATE notify_outbox SET attempts = attempts + 1, not_before = ? WHERE id = ? "
                    "AND state = 'pending' AND not_before <= ?",
                    {claimed_until, m.id, now}));
    if (taken == 0) continue;
    ++m.attempts;
    claimed.push_back(std::move(m));
  }
  return claimed;
}

Status OutboxRepository::MarkSent(Id id, std::int64_t at) {
  return db_
      .Execute("UPDATE notify_outbox SET state = 'sent', sent_at = ?, last_error = '' WHERE id = ?", {at, id})
      .status();
}

Status OutboxRepository::MarkFailed(Id id, const std::string& state, const std::string& error,
                                    std::int64_t not_before) {
  return db_
      .Execute("UPDATE notify_outbox SET state = ?, last_error = ?, not_before = ? WHERE id = ?",
               {state, error, not_before, id})
      .status();
}

Status OutboxRepository::Postpone(Id id, std::int64_t not_before) {
  return db_
      .Execute("UPDATE notify_outbox SET attempts = attempts - 1, not_before = ? WHERE id = ?",
               {not_before, id})
      .status();
}

Result<bool> OutboxRepository::Retry(Id id, std::int64_t now) {
  SW_ASSIGN_OR_RETURN(std::int64_t changed,
                      db_.Execute("UPDATE notify_outbox SET state = 'pending', attempts = 0, not_before = ? "
                                  "WHERE id = ? AND state = 'dead'",
                                  {now, id}));
  return changed > 0;
}

Result<std::int64_t> OutboxRepository::SentSince(Id user_id, const std::string& channel, std::int64_t since) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT COUNT(*) FROM notify_outbox WHERE user_id = ? AND "
                                           "channel = ? AND sent_at >= ?",
                                           {user_id, channel, since}));
  return rows.at(0).Int(0);
}

Result<std::vector<OutboxRecord>> OutboxRepository::List(const OutboxQuery& query) {
  auto [where, params] = Filter(query);
  params.push_back(static_cast<std::int64_t>(query.limit));
  params.push_back(static_cast<std::int64_t>(query.offset));
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(Select() + where + " ORDER BY id DESC LIMIT ? OFFSET ?", params));
  return Records(rows);
}

Result<std::int64_t> OutboxRepository::Count(const OutboxQuery& query) {
  auto [where, params] = Filter(query);
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT COUNT(*) FROM notify_outbox" + where, params));
  return rows.at(0).Int(0);
}

Result<OutboxRecord> OutboxRepository::Get(Id id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query(Select() + " WHERE id = ?", {id}));
  if (rows.empty()) return NotFound("消息不存在 no message " + std::to_string(id));
  return RecordFromIdRow(OutboxColumns(), rows.front());
}

Result<std::map<std::pair<std::string, std::string>, std::int64_t>> OutboxRepository::Depths() {
  SW_ASSIGN_OR_RETURN(
      auto rows, db_.Query("SELECT channel, state, COUNT(*) FROM notify_outbox GROUP BY channel, state"));
  std::map<std::pair<std::string, std::string>, std::int64_t> out;
  for (const Row& r : rows) out[{r.Text(0), r.Text(1)}] = r.Int(2);
  return out;
}

}  // namespace sanwang::store
