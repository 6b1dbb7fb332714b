// Keeps each venue's calendar link (support_venue_feeds, venue_feed_schema.cc): the hash of
// the secret in the feed's address and when it was made, never the secret. A feed request
// finds its venue by the hash, so no stored secret is compared byte by byte.
//
// Holds a reference to a Database; same thread-safety as it (one thread at a time).
#pragma once

#include <optional>
#include <string>

#include "store/database.h"
#include "store/records.h"

namespace sanwang::store {

struct VenueFeedRecord {
  Id venue_id = 0;
  std::string district_code;
  std::string token_hash;
  std::int64_t created_at = 0;
};

class VenueFeedRepository {
 public:
  explicit VenueFeedRepository(Database& db) : db_(db) {}

  // The venue's link, if it has one.
  Result<std::optional<VenueFeedRecord>> Of(Id venue_id);
  // Replaces the venue's link (the old hash no longer finds it), or inserts the first.
  Status Replace(const VenueFeedRecord& link);
  // Removes the venue's link; nothing to remove is not an error.
  Status Remove(Id venue_id);
  // The venue whose link has this hash in this district.
  Result<std::optional<Id>> VenueOf(const std::string& district_code, const std::string& token_hash);

 private:
  Database& db_;
};

}  // namespace sanwang::store
