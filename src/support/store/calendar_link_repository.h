// Keeps each person's calendar link (support_calendar_links, calendar_link_schema.cc): the
// hash of the secret in their feed's address and when it was made, never the secret. A
// feed request finds its owner by the hash, so no stored secret is compared byte by byte.
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <optional>
#include <string>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

struct CalendarLinkRecord {
  Id user_id = 0;
  std::string district_code;
  std::string token_hash;
  std::int64_t created_at = 0;
};

class CalendarLinkRepository {
 public:
  explicit CalendarLinkRepository(Database& db) : db_(db) {}

  // The person's link, if they have one.
  Result<std::optional<CalendarLinkRecord>> Of(Id user_id);
  // A person's first link; AlreadyExists when they have one.
  Status Insert(const CalendarLinkRecord& link);
  // Replaces the person's link (the old hash no longer finds anyone), or inserts it.
  Status Replace(const CalendarLinkRecord& link);
  // The person whose link has this hash in this district, while their account is enabled.
  Result<std::optional<Id>> EnabledOwnerOf(const std::string& district_code, const std::string& token_hash);

 private:
  Database& db_;
};

}  // namespace sanwang::store
