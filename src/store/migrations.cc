#include "store/migrations.h"

#include <map>

namespace sanwang::store {
namespace {

// The key names its constraint so that the upgrade below can build the new table beside
// the old one: PostgreSQL keeps an index name per schema, and the old table's
// `schema_migrations_pkey` is still there while the rows are copied.
constexpr const char* kCreateTable = R"SQL(
CREATE TABLE schema_migrations_next (
  module TEXT NOT NULL,
  version INTEGER NOT NULL,
  name TEXT NOT NULL,
  applied_at TEXT NOT NULL,
  CONSTRAINT schema_migrations_module_version PRIMARY KEY (module, version)
);
)SQL";

// A database made before the streams: every row it has is the core stream's.
constexpr const char* kMoveSingleCounter = R"SQL(
INSERT INTO schema_migrations_next (module, version, name, applied_at)
  SELECT 'core', version, name, applied_at FROM schema_migrations;
DROP TABLE schema_migrations;
)SQL";

Result<bool> TableExists(Database& db, const std::string& table) {
  const char* sql = db.dialect() == Dialect::kSqlite
                        ? "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
                        : "SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
                          "AND table_name = ?";
  SW_ASSIGN_OR_RETURN(auto rows, db.Query(sql, {table}));
  return !rows.empty();
}

Result<bool> ColumnExists(Database& db, const std::string& table, const std::string& column) {
  const char* sql = db.dialect() == Dialect::kSqlite
                        ? "SELECT 1 FROM pragma_table_info(?) WHERE name = ?"
                        : "SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                          "AND table_name = ? AND column_name = ?";
  SW_ASSIGN_OR_RETURN(auto rows, db.Query(sql, {table, column}));
  return !rows.empty();
}

// Creates `schema_migrations` keyed by (module, version), or upgrades the single-counter
// table of older builds to it, in one transaction.
Status EnsureMigrationTable(Database& db) {
  SW_ASSIGN_OR_RETURN(bool exists, TableExists(db, "schema_migrations"));
  if (exists) {
    SW_ASSIGN_OR_RETURN(bool keyed_by_module, ColumnExists(db, "schema_migrations", "module"));
    if (keyed_by_module) return Status::Ok();
  }
  return db.InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(db.ExecuteScript(kCreateTable));
    if (exists) SW_RETURN_IF_ERROR(db.ExecuteScript(kMoveSingleCounter));
    return db.ExecuteScript("ALTER TABLE schema_migrations_next RENAME TO schema_migrations");
  });
}

// The highest applied version of each module in the database.
Result<std::map<std::string, int>> AppliedVersions(Database& db) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db.Query("SELECT module, MAX(version) FROM schema_migrations GROUP BY module"));
  std::map<std::string, int> versions;
  for (const Row& row : rows) versions[row.Text(0)] = static_cast<int>(row.Int(1));
  return versions;
}

int LatestOf(const MigrationStream& stream) {
  return stream.migrations.empty() ? 0 : stream.migrations.back().version;
}

// A database that a newer build has migrated further must not be written by this one.
Status CheckNotNewer(const std::map<std::string, int>& applied, const std::vector<MigrationStream>& streams) {
  std::map<std::string, int> known;
  for (const MigrationStream& s : streams) known[s.module] = LatestOf(s);
  for (const auto& [module, version] : applied) {
    auto it = known.find(module);
    if (it == known.end()) {
      return FailedPrecondition("database has the schema of module " + module +
                                ", which this program does not know: upgrade sanwang");
    }
    if (version > it->second) {
      return FailedPrecondition("database schema version " + std::to_string(version) + " of module " +
                                module + " is newer than this program (" + std::to_string(it->second) +
                                "): upgrade sanwang");
    }
  }
  return Status::Ok();
}

Status ApplyStream(Database& db, const MigrationStream& stream, int current) {
  for (const Migration& m : stream.migrations) {
    if (m.version <= current) continue;
    Status applied = db.InTransaction([&]() -> Status {
      SW_RETURN_IF_ERROR(db.ExecuteScript(MigrationText(m, db.dialect())));
      return db
          .Execute(
              "INSERT INTO schema_migrations (module, version, name, applied_at) VALUES (?, ?, ?, "
              "CURRENT_TIMESTAMP)",
              {stream.module, static_cast<std::int64_t>(m.version), std::string(m.name)})
          .status();
    });
    if (!applied.ok())
      return applied.WithContext("migration " + stream.module + " " + std::to_string(m.version));
  }
  return Status::Ok();
}

}  // namespace

int LatestSchemaVersion(const std::string& module) {
  for (const MigrationStream& s : MigrationStreams()) {
    if (s.module == module) return LatestOf(s);
  }
  return 0;
}

Result<std::vector<std::pair<std::string, int>>> AppliedStreamVersions(Database& db) {
  SW_ASSIGN_OR_RETURN(auto applied, AppliedVersions(db));
  std::vector<std::pair<std::string, int>> versions;
  for (const MigrationStream& s : MigrationStreams()) {
    if (auto it = applied.find(s.module); it != applied.end()) versions.emplace_back(s.module, it->second);
    applied.erase(s.module);
  }
  for (const auto& [module, version] : applied) versions.emplace_back(module, version);
  return versions;
}

Result<int> SchemaVersion(Database& db, const std::string& module) {
  SW_RETURN_IF_ERROR(EnsureMigrationTable(db));
  SW_ASSIGN_OR_RETURN(auto applied, AppliedVersions(db));
  auto it = applied.find(module);
  return it == applied.end() ? 0 : it->second;
}

Status Migrate(Database& db) { return Migrate(db, MigrationStreams()); }

Status Migrate(Database& db, const std::vector<MigrationStream>& streams) {
  SW_RETURN_IF_ERROR(EnsureMigrationTable(db));
  SW_ASSIGN_OR_RETURN(auto applied, AppliedVersions(db));
  SW_RETURN_IF_ERROR(CheckNotNewer(applied, streams));
  for (const MigrationStream& stream : streams) {
    auto it = applied.find(stream.module);
    SW_RETURN_IF_ERROR(ApplyStream(db, stream, it == applied.end() ? 0 : it->second));
  }
  return Status::Ok();
}

}  // namespace sanwang::store
