// The SQL text of each migration of the core stream (docs/architecture.md §6), in order.
// Kept apart from the migration runner so that the schema reads as one document. A module
// with tables of its own keeps its migrations in its own schema file, numbered from 1, and
// names them in migration_streams.cc. Immutable data: thread-safe.
#pragma once

#include <string>
#include <vector>

#include "store/database.h"

namespace sanwang::store {

struct Migration {
  int version;
  const char* name;
  const char* sql;           // both engines; {{ID}} and {{BLOB}} become the engine's types
  const char* sqlite_extra;  // engine-specific statements, run after `sql`
  const char* postgres_extra;
};

// The core stream: the schema as one counter numbered it before modules had streams.
const std::vector<Migration>& Migrations();

// `sql` with the dialect's spelling of {{ID}}.
std::string MigrationText(const Migration& m, Dialect dialect);

}  // namespace sanwang::store
