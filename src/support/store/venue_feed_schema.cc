// Venue calendar links, one migration of the "support" stream (its list is in
// support_schema.cc; docs/architecture.md §7, docs/support.md §1).
//
// A venue's managers may publish its calendar at a secret address, so that a community's
// notice screen or a resident group's calendar shows when the room is taken without
// anyone signing in. As with a person's calendar link, only the secret's hash is kept;
// one link per venue (the key), so rotating replaces the hash and the old address stops.
#include "store/migrations.h"

namespace sanwang::store {
namespace {

constexpr const char* kTables = R"SQL(
CREATE TABLE support_venue_feeds (
  venue_id BIGINT PRIMARY KEY REFERENCES support_venues(id),
  district_code TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);
)SQL";

}  // namespace

Migration VenueFeedMigration(int version) {
  return {version, "venue calendar links, kept as hashes", kTables, "", ""};
}

}  // namespace sanwang::store
