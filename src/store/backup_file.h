// The backup file (docs/architecture.md §7, "Backup files"): a short text header that says
// what the file holds, then the engine's payload. The header reads
//
//   SANWANG-BACKUP 1
//   engine sqlite                      (or postgresql)
//   created 2026-12-05T23:05:00+08:00
//   stream core 23                     (one line per migration stream, in the order they apply)
//   stream circles 5
//   payload 1048576                    (the payload's length in bytes)
//   sha256 <64 hex digits>
//   (an empty line)
//
// and the payload follows it. The SHA-256 covers every header line above its own (with
// their line ends) and then the payload, so a changed version line, a flipped payload byte
// and a cut-off file all fail the check. A SQLite payload is the database file as the
// online backup API copied it; a PostgreSQL payload is the rows of every table
// (store/postgres/postgres_backup.h). Files are read and written in pieces, never whole.
// Functions only: safe from any thread on different files.
#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"

namespace sanwang::store {

// Where a long backup or restore reports its steps (a table at a time): one line each.
using BackupProgress = std::function<void(const std::string& line)>;

// The schema version of each migration stream, in the order the streams apply.
using StreamVersions = std::vector<std::pair<std::string, int>>;

inline constexpr std::string_view kBackupMagic = "SANWANG-BACKUP 1";

struct BackupHeader {
  std::string engine;   // "sqlite" or "postgresql"
  std::string created;  // ISO 8601 with the offset
  StreamVersions streams;
  std::uint64_t payload_bytes = 0;
  std::string sha256;  // lower-case hex; see above for what it covers
};

// The header's lines without the sha256 line and the empty line: the text the checksum
// starts with.
std::string HeaderText(const BackupHeader& header);

// Reads a header from the start of `text` (which may go on into the payload). Returns the
// header and, through `header_bytes`, where the payload begins. Refuses anything that is
// not a well-formed header of this format.
Result<BackupHeader> ParseBackupHeader(std::string_view text, std::size_t* header_bytes);

// Writes `header` (its payload_bytes and sha256 filled in here) and the bytes of
// `payload_file` to `out`, through a temporary file and a rename, so that a failed backup
// leaves no half file under the name.
Status WriteBackupFile(const std::filesystem::path& out, BackupHeader header,
                       const std::filesystem::path& payload_file);

// Reads the header of `file` and checks its length and checksum against the whole file:
// DataLoss when the file is cut off or any byte differs. Reads the file once.
Result<BackupHeader> ReadVerifiedBackupHeader(const std::filesystem::path& file);

// Copies the payload of a verified `file` to `out`.
Status ExtractBackupPayload(const std::filesystem::path& file, const std::filesystem::path& out);

}  // namespace sanwang::store
