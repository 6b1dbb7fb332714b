// Versioned schema migrations. Each migration is applied once, in order, in its own
// transaction, and recorded in `schema_migrations`; `sanwang init` and every start apply
// whatever is missing. One schema serves both engines: the few spellings that differ
// (identity columns, trigger bodies) are written per dialect.
#pragma once

#include "store/database.h"

namespace sanwang::store {

// The newest schema version this build knows.
int LatestSchemaVersion();

// Applies every migration the database lacks. Refuses a database newer than this build.
Status Migrate(Database& db);

// The version a database is at (0 for an empty one).
Result<int> SchemaVersion(Database& db);

}  // namespace sanwang::store
