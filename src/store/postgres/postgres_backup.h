// The PostgreSQL payload of a backup file (store/backup_file.h): the rows of every table of
// the connection's schema, a table at a time, read inside one REPEATABLE READ READ ONLY
// transaction so that every table is seen as of the same moment while the servers go on
// writing. Tables come parents first (store/table_order.h), so a restore can insert them in
// file order. The format, all integers little-endian:
//
//   "SWROWS1\n"
//   per table: 'T', name, column count (u32), column names; then per row 'R' and each value
//              as 'N' (null), 'I' + i64, 'F' + the 8 bytes of a double, 'S' + text, 'B' + bytes;
//              then 'E' and the table's row count (u64)
//   'Z' at the end
//
// where a name, text or bytes is a u64 length and the bytes. Restoring runs the migrations
// up to the file's versions into an empty schema and inserts the rows, all in one
// transaction: a failure anywhere leaves the schema empty. Not thread-safe: one connection.
#pragma once

#include <filesystem>

#include "store/backup_file.h"
#include "store/database.h"

namespace sanwang::store {

// Writes the payload of `db`'s schema to `payload`; returns the stream versions as of the
// same snapshot.
Result<StreamVersions> ExportPostgres(Database& db, const std::filesystem::path& payload,
                                      const BackupProgress& progress);

// Fills `db`'s empty schema from `payload`, made at `versions`.
Status ImportPostgres(Database& db, const StreamVersions& versions, const std::filesystem::path& payload,
                      const BackupProgress& progress);

}  // namespace sanwang::store
