// The bodies module's migration stream, "bodies" (docs/architecture.md §7, §15; docs/bodies.md),
// numbered from 1. A stream of its own rather than more versions of "support": the party
// and social organizations hang on the org net's units, and a separate stream lets them
// grow without numbering against the support net's tables.
#include "store/migrations.h"

namespace sanwang::store {
namespace {

// Version 1: party organizations with their parent (the domain refuses a cycle before it
// writes; a branch's parent is a committee or general branch) and the social
// organizations serving a community. Names are unique per district, so a CSV file can
// name a parent by its name.
constexpr const char* kV1 = R"SQL(
CREATE TABLE party_orgs (
  id {{ID}},
  district_code TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  unit_id BIGINT NOT NULL REFERENCES units(id),
  host TEXT NOT NULL,
  parent_id BIGINT REFERENCES party_orgs(id),
  secretary TEXT NOT NULL,
  secretary_user_id BIGINT REFERENCES users(id),
  members INTEGER NOT NULL,
  founded_on TEXT NOT NULL,
  demo INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_code, name),
  CHECK (members >= 0),
  CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX party_orgs_unit ON party_orgs (district_code, unit_id);
CREATE INDEX party_orgs_parent ON party_orgs (parent_id);
CREATE TABLE social_orgs (
  id {{ID}},
  district_code TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  credit_code TEXT NOT NULL,
  field TEXT NOT NULL,
  field_note TEXT NOT NULL,
  contact_name TEXT NOT NULL,
  contact_phone TEXT NOT NULL,
  community_id BIGINT NOT NULL REFERENCES units(id),
  active INTEGER NOT NULL,
  demo INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_code, name)
);
CREATE INDEX social_orgs_community ON social_orgs (district_code, community_id);
)SQL";

}  // namespace

std::vector<Migration> BodiesMigrations() {
  return {
      {1, "party organizations of units and social organizations serving communities", kV1, "", ""},
  };
}

}  // namespace sanwang::store
