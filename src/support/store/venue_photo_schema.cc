// Venue photos, one migration of the "support" stream (its list is in support_schema.cc;
// docs/architecture.md §7, docs/support.md §1).
//
// A venue's managers show what a room or court looks like: a few photos, each checked
// whole as an image before it is stored (core/image_check.h), kept in the database beside
// the venue like a case's photos, so that a backup holds them. The oldest photo is the
// venue's cover. A photo that no longer shows the venue is removed for good: unlike an
// invoice scan it is no record of anything.
#include "store/migrations.h"

namespace sanwang::store {
namespace {

constexpr const char* kTables = R"SQL(
CREATE TABLE support_venue_photos (
  id {{ID}},
  district_code TEXT NOT NULL,
  venue_id BIGINT NOT NULL REFERENCES support_venues(id),
  caption TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size_bytes BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  data {{BLOB}} NOT NULL,
  uploaded_by BIGINT REFERENCES users(id),
  uploaded_at BIGINT NOT NULL,
  CHECK (size_bytes > 0)
);
CREATE INDEX support_venue_photos_venue ON support_venue_photos (venue_id, id);
)SQL";

}  // namespace

Migration VenuePhotoMigration(int version) {
  return {version, "venue photos, checked whole as images", kTables, "", ""};
}

}  // namespace sanwang::store
