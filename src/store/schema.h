// The SQL text of each schema migration, in order. Kept apart from the migration runner
// so that the schema reads as one document.
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

const std::vector<Migration>& Migrations();

// `sql` with the dialect's spelling of {{ID}}.
std::string MigrationText(const Migration& m, Dialect dialect);

}  // namespace sanwang::store
