#include "store/sqlite/sqlite_backup.h"

#include <fmt/format.h>
#include <sqlite3.h>

#include <chrono>
#include <memory>
#include <thread>

namespace sanwang::store {
namespace {

constexpr int kBusyTimeoutMs = 10'000;
constexpr int kBusyRetries = 100;

struct CloseConnection {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Connection = std::unique_ptr<sqlite3, CloseConnection>;

Result<Connection> Open(const std::string& path, int flags) {
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
  Connection db(raw);
  if (rc != SQLITE_OK) {
    return Unavailable(fmt::format("无法打开 SQLite 数据库 cannot open the SQLite database {}: {}", path,
                                   raw != nullptr ? sqlite3_errmsg(raw) : "out of memory"));
  }
  sqlite3_busy_timeout(raw, kBusyTimeoutMs);
  return db;
}

}  // namespace

Status CopySqliteDatabase(const std::string& from, const std::string& to) {
  SW_ASSIGN_OR_RETURN(Connection source, Open(from, SQLITE_OPEN_READONLY));
  SW_ASSIGN_OR_RETURN(Connection target, Open(to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE));
  sqlite3_backup* backup = sqlite3_backup_init(target.get(), "main", source.get(), "main");
  if (backup == nullptr) {
    return Internal(fmt::format("无法开始复制 cannot start the copy: {}", sqlite3_errmsg(target.get())));
  }
  // -1: every page in one step, so that the copy never mixes pages of two commits.
  int rc = sqlite3_backup_step(backup, -1);
  for (int retry = 0; (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && retry < kBusyRetries; ++retry) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    rc = sqlite3_backup_step(backup, -1);
  }
  const int finished = sqlite3_backup_finish(backup);
  if (rc != SQLITE_DONE || finished != SQLITE_OK) {
    return Unavailable(fmt::format("复制 SQLite 数据库失败 copying the SQLite database failed: {}",
                                   sqlite3_errstr(rc != SQLITE_DONE ? rc : finished)));
  }
  return Status::Ok();
}

Status CheckSqliteIntegrity(const std::string& path) {
  SW_ASSIGN_OR_RETURN(Connection db, Open(path, SQLITE_OPEN_READONLY));
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db.get(), "PRAGMA integrity_check", -1, &raw, nullptr) != SQLITE_OK) {
    return {ErrorCode::kDataLoss,
            fmt::format("不是 SQLite 数据库 not a SQLite database: {}", sqlite3_errmsg(db.get()))};
  }
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> statement(raw, sqlite3_finalize);
  const int rc = sqlite3_step(statement.get());
  const auto* first = rc == SQLITE_ROW ? sqlite3_column_text(statement.get(), 0) : nullptr;
  const std::string verdict =
      first != nullptr ? reinterpret_cast<const char*>(first) : sqlite3_errmsg(db.get());
  if (verdict != "ok") {
    return {ErrorCode::kDataLoss,
            fmt::format("SQLite 完整性检查未通过 the SQLite integrity check failed: {}", verdict)};
  }
  return Status::Ok();
}

}  // namespace sanwang::store
