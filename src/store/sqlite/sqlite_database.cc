#include "store/sqlite/sqlite_database.h"

#include <sqlite3.h>

#include <filesystem>
#include <string>
#include <unordered_map>

namespace sanwang::store {
namespace {

// Milliseconds a writer waits for another process's write lock before giving up.
constexpr int kBusyTimeoutMs = 10000;
// Prepared statements kept per connection; the server runs a few dozen distinct queries.
constexpr std::size_t kStatementCacheSize = 128;

// Statements worth keeping prepared: queries and changes. Transaction control is cheap to
// parse and savepoint names are all different.
bool Cacheable(std::string_view sql) {
  for (std::string_view verb : {"SELECT", "INSERT", "UPDATE", "DELETE", "WITH"}) {
    if (sql.substr(0, verb.size()) == verb) return true;
  }
  return false;
}

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql) {
    rc_ = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
  }
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  bool prepared() const { return rc_ == SQLITE_OK && stmt_ != nullptr; }
  sqlite3_stmt* get() const { return stmt_; }

 private:
  sqlite3_stmt* stmt_ = nullptr;
  int rc_ = SQLITE_OK;
};

int Bind(sqlite3_stmt* stmt, int index, const SqlValue& value) {
  if (std::holds_alternative<SqlNull>(value)) return sqlite3_bind_null(stmt, index);
  if (auto p = std::get_if<std::int64_t>(&value)) return sqlite3_bind_int64(stmt, index, *p);
  if (auto p = std::get_if<double>(&value)) return sqlite3_bind_double(stmt, index, *p);
  if (auto blob = std::get_if<Blob>(&value)) {
    return sqlite3_bind_blob64(stmt, index, blob->bytes.data(), blob->bytes.size(), SQLITE_TRANSIENT);
  }
  const auto& text = std::get<std::string>(value);
  return sqlite3_bind_text(stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
}

SqlValue Column(sqlite3_stmt* stmt, int i) {
  switch (sqlite3_column_type(stmt, i)) {
    case SQLITE_NULL:
      return SqlNull{};
    case SQLITE_INTEGER:
      return static_cast<std::int64_t>(sqlite3_column_int64(stmt, i));
    case SQLITE_FLOAT:
      return sqlite3_column_double(stmt, i);
    case SQLITE_BLOB: {
      const auto* data = static_cast<const char*>(sqlite3_column_blob(stmt, i));
      return Blob{std::string(data ? data : "", static_cast<std::size_t>(sqlite3_column_bytes(stmt, i)))};
    }
    default: {
      const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
      return std::string(text ? text : "", static_cast<std::size_t>(sqlite3_column_bytes(stmt, i)));
    }
  }
}

Status ErrorFrom(sqlite3* db, std::string_view sql) {
  int code = sqlite3_extended_errcode(db);
  std::string message = std::string(sqlite3_errmsg(db)) + " [" + std::string(sql.substr(0, 120)) + "]";
  switch (code & 0xff) {
    case SQLITE_CONSTRAINT:
      if (code == SQLITE_CONSTRAINT_UNIQUE || code == SQLITE_CONSTRAINT_PRIMARYKEY) {
        return AlreadyExists(message);
      }
      return FailedPrecondition(message);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return Conflict(message);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return {ErrorCode::kDataLoss, message};
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
      return DatabaseUnavailable(sqlite3_errmsg(db), sql);
    default:
      return Internal(message);
  }
}

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(sqlite3* db, std::string wal_path, std::int64_t wal_limit_bytes)
      : db_(db), wal_path_(std::move(wal_path)), wal_limit_bytes_(wal_limit_bytes) {}
  ~SqliteDatabase() override {
    ForgetStatements();
    sqlite3_close_v2(db_);
  }

  Dialect dialect() const override { return Dialect::kSqlite; }

  // A TRUNCATE checkpoint waits (up to the busy timeout) for the readers still on old
  // frames, copies every frame into the database and empties the log. Readers are as short
  // as a request, so the wait is short; if it times out the next group tries again.
  Status TrimJournal() override {
    std::error_code error;
    if (wal_path_.empty() || in_transaction()) return Status::Ok();
    auto size = std::filesystem::file_size(wal_path_, error);
    if (error || static_cast<std::int64_t>(size) < wal_limit_bytes_) return Status::Ok();
    return Query("PRAGMA wal_checkpoint(TRUNCATE)", {}).status();
  }

  Result<std::int64_t> Execute(std::string_view sql, const SqlParams& params) override {
    SW_RETURN_IF_ERROR(Run(sql, params, nullptr));
    return static_cast<std::int64_t>(sqlite3_changes64(db_));
  }

  Result<std::vector<Row>> Query(std::string_view sql, const SqlParams& params) override {
    std::vector<Row> rows;
    SW_RETURN_IF_ERROR(Run(sql, params, &rows));
    return rows;
  }

  Status ExecuteScript(std::string_view sql) override {
    char* error = nullptr;
    if (sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      Status status = ErrorFrom(db_, sql);
      sqlite3_free(error);
      return status;
    }
    return Status::Ok();
  }

 protected:
  Status BeginWrite() override { return Execute("BEGIN IMMEDIATE", {}).status(); }

 private:
  Status Run(std::string_view sql, const SqlParams& params, std::vector<Row>* rows) {
    if (!Cacheable(sql)) {
      Statement stmt(db_, sql);
      if (!stmt.prepared()) return ErrorFrom(db_, sql);
      return Step(stmt.get(), sql, params, rows);
    }
    sqlite3_stmt* stmt = Prepared(sql);
    if (stmt == nullptr) return ErrorFrom(db_, sql);
    Status status = Step(stmt, sql, params, rows);
    sqlite3_reset(stmt);
    sqlite3_clear_bindings(stmt);
    return status;
  }

  Status Step(sqlite3_stmt* stmt, std::string_view sql, const SqlParams& params, std::vector<Row>* rows) {
    for (std::size_t i = 0; i < params.size(); ++i) {
      if (Bind(stmt, static_cast<int>(i + 1), params[i]) != SQLITE_OK) return ErrorFrom(db_, sql);
    }
    while (true) {
      int rc = sqlite3_step(stmt);
      if (rc == SQLITE_DONE) return Status::Ok();
      if (rc != SQLITE_ROW) return ErrorFrom(db_, sql);
      if (rows == nullptr) continue;
      int n = sqlite3_column_count(stmt);
      std::vector<SqlValue> values;
      values.reserve(static_cast<std::size_t>(n));
      for (int i = 0; i < n; ++i) values.push_back(Column(stmt, i));
      rows->emplace_back(std::move(values));
    }
  }

  // The statement for `sql`, prepared once per connection; nullptr when it does not compile.
  sqlite3_stmt* Prepared(std::string_view sql) {
    std::string key(sql);
    auto it = statements_.find(key);
    if (it != statements_.end()) return it->second;
    if (statements_.size() >= kStatementCacheSize) ForgetStatements();
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt,
                           nullptr) != SQLITE_OK) {
      sqlite3_finalize(stmt);
      return nullptr;
    }
    statements_.emplace(std::move(key), stmt);
    return stmt;
  }

  void ForgetStatements() {
    for (auto& [sql, stmt] : statements_) sqlite3_finalize(stmt);
    statements_.clear();
  }

  sqlite3* db_;
  std::string wal_path_;  // empty in memory
  std::int64_t wal_limit_bytes_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
};

}  // namespace

Result<std::unique_ptr<Database>> OpenSqlite(std::string_view path, const SqliteOptions& options) {
  if (path.empty()) return InvalidArgument("sqlite: URL needs a file path, e.g. sqlite:sanwang.db", "db");
  sqlite3* raw = nullptr;
  int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
  int rc = sqlite3_open_v2(std::string(path).c_str(), &raw, flags, nullptr);
  bool in_memory = path == ":memory:";
  auto db = std::make_unique<SqliteDatabase>(raw, in_memory ? "" : std::string(path) + "-wal",
                                             options.wal_limit_bytes);
  if (rc != SQLITE_OK) return Unavailable("cannot open SQLite database " + std::string(path));
  sqlite3_busy_timeout(raw, kBusyTimeoutMs);
  sqlite3_extended_result_codes(raw, 1);
  // WAL lets readers run beside the writer; FULL syncs the WAL on every commit, which is
  // what makes an acknowledged write survive power loss.
  std::string pragmas = in_memory
                            ? "PRAGMA foreign_keys=ON;"
                            : "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; "
                              // Reads straight from the mapped file instead of a copy per page.
                              "PRAGMA mmap_size=268435456; PRAGMA journal_size_limit=" +
                                  std::to_string(options.wal_limit_bytes) + ";";
  SW_RETURN_IF_ERROR(db->ExecuteScript(pragmas));
  return std::unique_ptr<Database>(std::move(db));
}

}  // namespace sanwang::store
