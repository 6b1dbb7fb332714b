// Personal calendar links, one migration of the "support" stream (its list is in
// support_schema.cc; docs/architecture.md §7, docs/support.md §1).
//
// A calendar program cannot sign in, so a person's feed is fetched by a secret address;
// like session tokens and API keys, the secret is kept only as a hash (token_hash), and a
// request finds its link by that hash. One link per person (the key): rotating replaces
// the hash, so the old address stops working at once.
#include "store/migrations.h"

namespace sanwang::store {
namespace {

constexpr const char* kTables = R"SQL(
CREATE TABLE support_calendar_links (
  user_id BIGINT PRIMARY KEY REFERENCES users(id),
  district_code TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at BIGINT NOT NULL
);
)SQL";

}  // namespace

Migration CalendarLinkMigration(int version) {
  return {version, "personal calendar links, kept as hashes", kTables, "", ""};
}

}  // namespace sanwang::store
