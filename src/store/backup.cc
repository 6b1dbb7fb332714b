#include "store/backup.h"

#include <fmt/format.h>

#include "store/migrations.h"
#include "store/postgres/postgres_backup.h"
#include "store/sqlite/sqlite_backup.h"
#include "store/sqlite/sqlite_database.h"

namespace sanwang::store {
namespace {

constexpr std::string_view kSqlitePrefix = "sqlite:";

bool IsSqlite(std::string_view url) { return url.rfind(kSqlitePrefix, 0) == 0; }

Result<std::string> SqliteFile(std::string_view url) {
  std::string path(url.substr(kSqlitePrefix.size()));
  if (path.empty() || path == ":memory:") {
    return InvalidArgument("备份与恢复需要 SQLite 数据库文件 backup and restore need a SQLite database file",
                           "db");
  }
  return path;
}

// A temporary file beside `near`, removed when this goes out of scope (with SQLite's
// journal files, should it have been opened as a database).
class TemporaryFile {
 public:
  TemporaryFile(const std::filesystem::path& near, std::string_view suffix)
      : path_(near.string() + std::string(suffix)) {
    Remove();
  }
  ~TemporaryFile() { Remove(); }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  void Remove() {
    std::error_code ignored;
    for (const char* journal : {"", "-wal", "-shm", "-journal"}) {
      std::filesystem::remove(path_.string() + journal, ignored);
    }
  }
  std::filesystem::path path_;
};

// Reports each table of a SQLite copy with its rows.
Status ReportSqliteTables(Database& db, std::string_view zh, std::string_view en,
                          const BackupProgress& progress) {
  SW_ASSIGN_OR_RETURN(auto tables,
                      db.Query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
  for (const Row& t : tables) {
    const std::string name = t.Text(0);
    SW_ASSIGN_OR_RETURN(auto count, db.Query("SELECT COUNT(*) FROM \"" + name + "\""));
    const std::int64_t rows = count.at(0).Int(0);
    progress(fmt::format("{} {}：{} 行 {} {}: {} rows", zh, name, rows, en, name, rows));
  }
  return Status::Ok();
}

Result<BackupHeader> BackupSqlite(std::string_view url, const std::filesystem::path& file,
                                  BackupHeader header, const BackupProgress& progress) {
  SW_ASSIGN_OR_RETURN(std::string path, SqliteFile(url));
  if (!std::filesystem::exists(path))
    return NotFound(fmt::format("没有数据库文件 no database file {}", path));
  TemporaryFile copy(file, ".db-partial");
  SW_RETURN_IF_ERROR(CopySqliteDatabase(path, copy.path().string()));
  {
    SW_ASSIGN_OR_RETURN(auto db, OpenSqlite(copy.path().string()));
    SW_ASSIGN_OR_RETURN(header.streams, AppliedStreamVersions(*db));
    SW_RETURN_IF_ERROR(ReportSqliteTables(*db, "已备份", "backed up", progress));
    SW_RETURN_IF_ERROR(db->ExecuteScript("PRAGMA journal_mode=DELETE"));  // the payload is one file
  }
  SW_RETURN_IF_ERROR(WriteBackupFile(file, header, copy.path()));
  return ReadVerifiedBackupHeader(file);
}

Result<BackupHeader> BackupPostgres(std::string_view url, const std::filesystem::path& file,
                                    BackupHeader header, const BackupProgress& progress) {
  SW_ASSIGN_OR_RETURN(auto db, OpenDatabase(url));
  TemporaryFile rows(file, ".rows-partial");
  SW_ASSIGN_OR_RETURN(header.streams, ExportPostgres(*db, rows.path(), progress));
  SW_RETURN_IF_ERROR(WriteBackupFile(file, header, rows.path()));
  return ReadVerifiedBackupHeader(file);
}

Status RefuseNonEmpty(std::int64_t tables) {
  if (tables == 0) return Status::Ok();
  return FailedPrecondition(fmt::format(
      "目标数据库不是空的（已有 {} 张表），恢复只写入空数据库 the target database is not empty ({} tables): "
      "restore writes only into an empty database",
      tables, tables));
}

Status CheckEngine(const BackupHeader& header, bool sqlite) {
  if ((header.engine == "sqlite") == sqlite) return Status::Ok();
  return FailedPrecondition(fmt::format(
      "备份来自 {}，目标数据库是 {} the backup is of {}, the target database is {}", header.engine,
      sqlite ? "sqlite" : "postgresql", header.engine, sqlite ? "sqlite" : "postgresql"));
}

Status RestoreSqlite(std::string_view url, const std::filesystem::path& file,
                     const BackupProgress& progress) {
  SW_ASSIGN_OR_RETURN(std::string path, SqliteFile(url));
  if (std::filesystem::exists(path)) {
    SW_ASSIGN_OR_RETURN(auto db, OpenSqlite(path));
    SW_ASSIGN_OR_RETURN(auto rows, db->Query("SELECT COUNT(*) FROM sqlite_master"));
    SW_RETURN_IF_ERROR(RefuseNonEmpty(rows.at(0).Int(0)));
  }
  TemporaryFile payload(path, ".restore-partial");
  SW_RETURN_IF_ERROR(ExtractBackupPayload(file, payload.path()));
  SW_RETURN_IF_ERROR(CheckSqliteIntegrity(payload.path().string()));
  SW_RETURN_IF_ERROR(CopySqliteDatabase(payload.path().string(), path));
  SW_ASSIGN_OR_RETURN(auto db, OpenSqlite(path));
  return ReportSqliteTables(*db, "已恢复", "restored", progress);
}

Status RestorePostgres(std::string_view url, const BackupHeader& header, const std::filesystem::path& file,
                       const BackupProgress& progress) {
  SW_ASSIGN_OR_RETURN(auto db, OpenDatabase(url));
  SW_ASSIGN_OR_RETURN(auto rows,
                      db->Query("SELECT COUNT(*) FROM pg_tables WHERE schemaname = current_schema()"));
  SW_RETURN_IF_ERROR(RefuseNonEmpty(rows.at(0).Int(0)));
  TemporaryFile payload(file, ".restore-partial");
  SW_RETURN_IF_ERROR(ExtractBackupPayload(file, payload.path()));
  return ImportPostgres(*db, header.streams, payload.path(), progress);
}

}  // namespace

Status CheckSchemaKnown(const StreamVersions& streams) {
  for (const auto& [module, version] : streams) {
    bool known = false;
    for (const MigrationStream& s : MigrationStreams()) known = known || s.module == module;
    if (!known) {
      return FailedPrecondition(
          fmt::format("备份含有本程序不认识的模块 {}，请升级 sanwang the backup has the schema of "
                      "module {}, which this program does not know: upgrade sanwang",
                      module, module));
    }
    if (const int latest = LatestSchemaVersion(module); version > latest) {
      return FailedPrecondition(
          fmt::format("备份中模块 {} 的结构版本 {} 比本程序的 {} 新，请升级 sanwang the backup's "
                      "schema version {} of module {} is newer than this program's {}: upgrade "
                      "sanwang",
                      module, version, latest, version, module, latest));
    }
  }
  return Status::Ok();
}

Result<BackupHeader> BackupDatabase(std::string_view url, const std::filesystem::path& file,
                                    const std::string& created, const BackupProgress& progress) {
  BackupHeader header;
  header.engine = IsSqlite(url) ? "sqlite" : "postgresql";
  header.created = created;
  if (IsSqlite(url)) return BackupSqlite(url, file, std::move(header), progress);
  return BackupPostgres(url, file, std::move(header), progress);
}

Result<BackupHeader> RestoreDatabase(std::string_view url, const std::filesystem::path& file,
                                     const BackupProgress& progress) {
  SW_ASSIGN_OR_RETURN(BackupHeader header, ReadVerifiedBackupHeader(file));
  SW_RETURN_IF_ERROR(CheckEngine(header, IsSqlite(url)));
  SW_RETURN_IF_ERROR(CheckSchemaKnown(header.streams));
  if (IsSqlite(url)) {
    SW_RETURN_IF_ERROR(RestoreSqlite(url, file, progress));
  } else {
    SW_RETURN_IF_ERROR(RestorePostgres(url, header, file, progress));
  }
  return header;
}

}  // namespace sanwang::store
