// The embedded default backend: one SQLite file in WAL mode with synchronous=FULL, so a
// committed transaction survives a crash or power loss, and foreign keys enforced.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>

#include "store/database.h"

namespace sanwang::store {

struct SqliteOptions {
  // The write-ahead log is checkpointed and emptied by the writer once it passes this size
  // (TrimJournal), and never kept larger than it on disk after a checkpoint
  // (journal_size_limit). Without both, readers that never pause keep the log growing, to
  // several times the database, until the last connection closes.
  std::int64_t wal_limit_bytes = 64 << 20;
};

// `path` is a file name, or ":memory:" for a private in-memory database (tests).
Result<std::unique_ptr<Database>> OpenSqlite(std::string_view path, const SqliteOptions& options = {});

}  // namespace sanwang::store
