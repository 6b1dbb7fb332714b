// Database: the one seam between Sanwang and a SQL engine. SQLite (embedded default) and
// PostgreSQL (production) implement it; everything above talks SQL through it and never
// through an engine's own API, so one schema and one set of queries serve both.
//
// SQL given here uses `?` placeholders; the PostgreSQL implementation numbers them.
// Transactions nest: an inner InTransaction becomes a savepoint, so a bulk job can wrap
// thousands of single-case transactions into one commit.
//
// A Database is one connection: not thread-safe. Use one per thread (or a pool).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "core/status.h"

namespace sanwang::store {

using SqlNull = std::monostate;
// Binary data (photos): bound as a BLOB in SQLite and as bytea in PostgreSQL.
struct Blob {
  std::string bytes;
};
using SqlValue = std::variant<SqlNull, std::int64_t, double, std::string, Blob>;
using SqlParams = std::vector<SqlValue>;

// Optional values bind as NULL when empty.
template <typename T>
SqlValue Nullable(const std::optional<T>& v) {
  if (!v) return SqlNull{};
  if constexpr (std::is_integral_v<T>)
    return static_cast<std::int64_t>(*v);
  else
    return *v;
}

class Row {
 public:
  explicit Row(std::vector<SqlValue> values) : values_(std::move(values)) {}
  std::size_t size() const { return values_.size(); }
  bool IsNull(std::size_t i) const { return std::holds_alternative<SqlNull>(values_.at(i)); }
  std::int64_t Int(std::size_t i) const;
  double Real(std::size_t i) const;
  std::string Text(std::size_t i) const;
  // Binary column content (a BLOB or bytea).
  std::string Bytes(std::size_t i) const;
  std::optional<std::int64_t> OptInt(std::size_t i) const;
  std::optional<double> OptReal(std::size_t i) const;

 private:
  std::vector<SqlValue> values_;
};

enum class Dialect { kSqlite, kPostgres };

class Database {
 public:
  virtual ~Database() = default;
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  virtual Dialect dialect() const = 0;
  // Runs one statement; returns the number of rows it changed.
  virtual Result<std::int64_t> Execute(std::string_view sql, const SqlParams& params = {}) = 0;
  virtual Result<std::vector<Row>> Query(std::string_view sql, const SqlParams& params = {}) = 0;
  // Runs several statements separated by semicolons, without parameters (migrations).
  virtual Status ExecuteScript(std::string_view sql) = 0;

  // Runs `body` in a transaction: committed when it returns Ok, rolled back otherwise
  // (and on a failed commit). Nested calls use savepoints.
  Status InTransaction(const std::function<Status()>& body);
  bool in_transaction() const { return depth_ > 0; }

  // False when the connection to the server is known to be lost, so that a pool replaces
  // it before handing it out. Cheap: no round trip. An embedded engine is always usable.
  virtual bool Usable() { return true; }
  // Opens the connection again after it was lost; Unavailable while the server is down.
  virtual Status Reconnect() { return Status::Ok(); }
  // Keeps the engine's write-ahead log bounded; the writer calls it between groups of
  // commits, outside any transaction. A no-op where the server does this itself.
  virtual Status TrimJournal() { return Status::Ok(); }

 protected:
  Database() = default;
  // Starts a write transaction; SQLite takes the write lock at once (BEGIN IMMEDIATE) so
  // two writers never deadlock upgrading a read lock.
  virtual Status BeginWrite() = 0;
  // Lets a Database that wraps another (a test's fault injector) start a write on it.
  static Status BeginWriteOn(Database& wrapped) { return wrapped.BeginWrite(); }

 private:
  Status RunNested(const std::function<Status()>& body);
  int depth_ = 0;
  int savepoint_counter_ = 0;
};

// What a caller (and through it the client) is told when the database cannot do its work
// for now: the server is down, the connection was lost, the disk is full. The cause and the
// statement (its text only, never the values bound to it) go to the log, throttled.
Status DatabaseUnavailable(std::string_view cause, std::string_view sql);
inline constexpr std::string_view kDatabaseUnavailableMessage =
    "数据库暂时不可用，请稍后重试 the database is unavailable; try again later";

// Has the engine gather the statistics its query planner chooses indexes by (ANALYZE).
// Without them SQLite picks an index by its columns alone and, on a district's case
// table, answers an inbox by walking every case; PostgreSQL gathers them by itself in the
// background, but only some time after a bulk load. Reads every table: about half a
// second per 100,000 cases on SQLite. Run by the server when it starts.
Status UpdatePlannerStatistics(Database& db);

// Opens `sqlite:PATH` (`sqlite::memory:` for a private in-memory database) or a
// `postgresql://…` / `postgres://…` URL.
Result<std::unique_ptr<Database>> OpenDatabase(std::string_view url);

}  // namespace sanwang::store
