#include "support/store/venue_feed_repository.h"

namespace sanwang::store {

Result<std::optional<VenueFeedRecord>> VenueFeedRepository::Of(Id venue_id) {
  SW_ASSIGN_OR_RETURN(auto rows, db_.Query("SELECT venue_id, district_code, token_hash, created_at FROM "
                                           "support_venue_feeds WHERE venue_id = ?",
                                           {venue_id}));
  if (rows.empty()) return std::optional<VenueFeedRecord>();
  const Row& r = rows.front();
  return std::optional<VenueFeedRecord>(VenueFeedRecord{r.Int(0), r.Text(1), r.Text(2), r.Int(3)});
}

// Update first, insert when there was nothing to update, in a transaction of its own (a
// savepoint inside another). Two managers rotating at once: the second insert meets the
// key and the request fails cleanly rather than leaving two links.
Status VenueFeedRepository::Replace(const VenueFeedRecord& link) {
  return db_.InTransaction([&]() -> Status {
    SW_ASSIGN_OR_RETURN(auto changed,
                        db_.Execute("UPDATE support_venue_feeds SET token_hash = ?, created_at = ? "
                                    "WHERE venue_id = ? AND district_code = ?",
                                    {link.token_hash, link.created_at, link.venue_id, link.district_code}));
    if (changed > 0) return Status::Ok();
    return db_
        .Execute(
            "INSERT INTO support_venue_feeds (venue_id, district_code, token_hash, created_at) "
            "VALUES (?, ?, ?, ?)",
            {link.venue_id, link.district_code, link.token_hash, link.created_at})
        .status();
  });
}

Status VenueFeedRepository::Remove(Id venue_id) {
  return db_.Execute("DELETE FROM support_venue_feeds WHERE venue_id = ?", {venue_id}).status();
}

Result<std::optional<Id>> VenueFeedRepository::VenueOf(const std::string& district_code,
                                                       const std::string& token_hash) {
  SW_ASSIGN_OR_RETURN(auto rows,
                      db_.Query("SELECT venue_id FROM support_venue_feeds WHERE token_hash = ? AND "
                                "district_code = ?",
                                {token_hash, district_code}));
  if (rows.empty()) return std::optional<Id>();
  return std::optional<Id>(rows.front().Int(0));
}

}  // namespace sanwang::store
