// The embedded default backend: one SQLite file in WAL mode with synchronous=FULL, so a
// committed transaction survives a crash or power loss, and foreign keys enforced.
#pragma once

#include <memory>
#include <string_view>

#include "store/database.h"

namespace sanwang::store {

// `path` is a file name, or ":memory:" for a private in-memory database (tests).
Result<std::unique_ptr<Database>> OpenSqlite(std::string_view path);

}  // namespace sanwang::store
