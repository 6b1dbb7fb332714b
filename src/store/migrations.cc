#include "store/migrations.h"

#include "store/schema.h"

namespace sanwang::store {

int LatestSchemaVersion() { return Migrations().back().version; }

Result<int> SchemaVersion(Database& db) {
  SW_RETURN_IF_ERROR(db.ExecuteScript(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
      "name TEXT NOT NULL, applied_at TEXT NOT NULL)"));
  SW_ASSIGN_OR_RETURN(auto rows, db.Query("SELECT MAX(version) FROM schema_migrations"));
  return rows.empty() || rows[0].IsNull(0) ? 0 : static_cast<int>(rows[0].Int(0));
}

Status Migrate(Database& db) {
  SW_ASSIGN_OR_RETURN(int current, SchemaVersion(db));
  if (current > LatestSchemaVersion()) {
    return FailedPrecondition("database schema version " + std::to_string(current) +
                              " is newer than this program (" +
                              std::to_string(LatestSchemaVersion()) + "): upgrade sanwang");
  }
  for (const Migration& m : Migrations()) {
    if (m.version <= current) continue;
    Status applied = db.InTransaction([&]() -> Status {
      SW_RETURN_IF_ERROR(db.ExecuteScript(MigrationText(m, db.dialect())));
      return db.Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, "
                        "CURRENT_TIMESTAMP)",
                        {static_cast<std::int64_t>(m.version), std::string(m.name)})
          .status();
    });
    if (!applied.ok()) return applied.WithContext("migration " + std::to_string(m.version));
  }
  return Status::Ok();
}

}  // namespace sanwang::store
