// `sanwang backup` and `restore` (docs/architecture.md §7): a whole database to a backup
// file (store/backup_file.h) and back, on either engine, while the servers keep running.
// SQLite is copied by its online backup API in one read transaction; PostgreSQL by reading
// every table inside one REPEATABLE READ transaction. Both give the database as of one
// commit.
//
// A restore goes only into an empty database of the same engine, and refuses a file that is
// damaged (cut off, any byte changed) or made by a newer build (a schema version, or a
// stream, this build does not know) before it touches the database; a restore that fails
// part way leaves the database as empty as it found it. The restored database is at the
// file's schema versions; the next start migrates it as usual. Not thread-safe: each call
// opens its own connections.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

#include "core/status.h"
#include "store/backup_file.h"

namespace sanwang::store {

// Backs up the database at `url` into `file` (replaced whole, or left untouched on
// failure), stamped `created` (ISO 8601 with offset). Returns the file's header.
Result<BackupHeader> BackupDatabase(std::string_view url, const std::filesystem::path& file,
                                    const std::string& created, const BackupProgress& progress);

// Restores `file` into the empty database at `url`.
Result<BackupHeader> RestoreDatabase(std::string_view url, const std::filesystem::path& file,
                                     const BackupProgress& progress);

// FailedPrecondition when `streams` holds a stream this build does not know, or a version
// newer than it knows.
Status CheckSchemaKnown(const StreamVersions& streams);

}  // namespace sanwang::store
