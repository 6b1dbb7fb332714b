// Whole-database copies of SQLite files through SQLite's online backup API, for `sanwang
// backup` and `restore` (store/backup.h). The copy is made in one step, that is inside one
// read transaction of the source: with the server writing beside it (WAL mode), the copy is
// the database as of one commit, and the writers are not held up. Functions only: each
// opens its own connections.
#pragma once

#include <string>

#include "core/status.h"

namespace sanwang::store {

// Copies every page of the database in file `from` into file `to` (created, or replaced
// whole), waiting for a writer's checkpoint at most the busy timeout.
Status CopySqliteDatabase(const std::string& from, const std::string& to);

// PRAGMA integrity_check of the file: DataLoss naming the first problem it reports.
Status CheckSqliteIntegrity(const std::string& path);

}  // namespace sanwang::store
