// Versioned schema migrations in streams, one stream per module. Each module numbers its own
// migrations 1, 2, 3…; `schema_migrations` records each applied one under its (module,
// version) key, so two modules that add tables in the same release never compete for a
// number. Every migration runs once, in its own transaction; `sanwang init` and every start
// apply whatever is missing. Streams apply in the order MigrationStreams() lists them, so a
// module's tables may refer to the tables of the streams listed before it. One schema
// serves both engines: the few spellings that differ (identity columns, trigger bodies) are
// written per dialect (see schema.h).
//
// A database made before the streams existed has one counter (`schema_migrations` keyed by
// version alone); Migrate turns it into the "core" stream's rows first, and changes no other
// table. Not thread-safe: run by one connection at start-up.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "store/database.h"
#include "store/schema.h"

namespace sanwang::store {

// The stream of the schema as it was before modules had their own: organization,
// accounts, catalog, cases, security, photos, classifiers, circles (schema.cc).
inline constexpr const char* kCoreModule = "core";

struct MigrationStream {
  std::string module;                 // the key's first half; never renamed once released
  std::vector<Migration> migrations;  // versions 1, 2, 3… in order
};

// Every module's stream this build knows, in the order they apply (migration_streams.cc:
// a new module adds its one line there).
const std::vector<MigrationStream>& MigrationStreams();

// The newest version of `module`'s stream this build knows (0 for an unknown module).
int LatestSchemaVersion(const std::string& module = kCoreModule);

// Applies every migration of MigrationStreams() the database lacks. Refuses a database
// that a newer build migrated further, or that has a module this build does not know.
Status Migrate(Database& db);
// The same for the given streams (tests, tools).
Status Migrate(Database& db, const std::vector<MigrationStream>& streams);

// The version each stream is at in the database: those this build knows in the order
// MigrationStreams() lists them, then any it does not know, by name. Backup files record it.
Result<std::vector<std::pair<std::string, int>>> AppliedStreamVersions(Database& db);

// The version `module`'s stream is at in the database (0 where none is applied).
Result<int> SchemaVersion(Database& db, const std::string& module = kCoreModule);

}  // namespace sanwang::store
