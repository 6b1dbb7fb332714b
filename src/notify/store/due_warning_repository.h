// Remembers which resolution deadlines of which cases were warned of (notify_due_warnings,
// notify_schema.cc), so that the minute sweep warns once per deadline; and which daily
// digests went to whom (notify_digests), so that it sends each once.
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

class DueWarningRepository {
 public:
  explicit DueWarningRepository(Database& db) : db_(db) {}

  // Records the warning; false when this case's deadline was warned of already.
  Result<bool> MarkIfNew(Id case_id, std::int64_t resolve_due, std::int64_t now);
  // Records the daily digest of `day` (20261207) to `user_id` (notify_digests); false when
  // it was sent already.
  Result<bool> MarkDigestIfNew(Id user_id, int day, std::int64_t now);

 private:
  Database& db_;
};

}  // namespace sanwang::store
