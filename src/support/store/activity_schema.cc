// In-service party members and volunteer activities, one migration of the "support" stream
// (its list is in support_schema.cc; docs/architecture.md §7, docs/support.md §3).
//
// Two promises live here as well as in the repositories, so that a statement that would
// break them fails on either engine: one pending or confirmed registration per person (a
// partial unique index), and an activity never has more sign-ups than places (taken is
// raised only by a conditional update in the sign-up's transaction, activity_repository.cc,
// and CHECK (taken <= places) is the second wall). One active sign-up per person and
// activity is a partial unique index too.
#include "store/migrations.h"

namespace sanwang::store {
namespace {

constexpr const char* kTables = R"SQL(
CREATE TABLE support_party_registrations (
  id {{ID}},
  district_code TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users(id),
  community_id BIGINT NOT NULL REFERENCES units(id),
  workplace TEXT NOT NULL,
  party_branch TEXT NOT NULL,
  state TEXT NOT NULL,
  reason TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  decided_by BIGINT REFERENCES users(id),
  decided_at BIGINT,
  CHECK (state IN ('pending', 'confirmed', 'declined', 'withdrawn'))
);
CREATE UNIQUE INDEX support_party_registrations_active ON support_party_registrations (user_id)
  WHERE state IN ('pending', 'confirmed');
CREATE INDEX support_party_registrations_community ON support_party_registrations (district_code, community_id, state);
CREATE TABLE support_activities (
  id {{ID}},
  district_code TEXT NOT NULL,
  unit_id BIGINT NOT NULL REFERENCES units(id),
  title TEXT NOT NULL,
  description TEXT NOT NULL,
  starts_at BIGINT NOT NULL,
  ends_at BIGINT NOT NULL,
  place TEXT NOT NULL,
  venue_id BIGINT REFERENCES support_venues(id),
  places INTEGER NOT NULL,
  taken INTEGER NOT NULL DEFAULT 0,
  open_to TEXT NOT NULL,
  state TEXT NOT NULL,
  created_by BIGINT REFERENCES users(id),
  created_at BIGINT NOT NULL,
  CHECK (ends_at > starts_at),
  CHECK (places > 0),
  CHECK (taken >= 0 AND taken <= places),
  CHECK (open_to IN ('public', 'members')),
  CHECK (state IN ('published', 'cancelled'))
);
CREATE INDEX support_activities_time ON support_activities (district_code, starts_at);
CREATE INDEX support_activities_unit ON support_activities (unit_id, starts_at);
CREATE TABLE support_activity_signups (
  id {{ID}},
  district_code TEXT NOT NULL,
  activity_id BIGINT NOT NULL REFERENCES support_activities(id),
  user_id BIGINT NOT NULL REFERENCES users(id),
  state TEXT NOT NULL,
  workplace TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  withdrawn_at BIGINT,
  checked_in_at BIGINT,
  checked_out_at BIGINT,
  minutes INTEGER NOT NULL DEFAULT 0,
  CHECK (state IN ('signed_up', 'withdrawn')),
  CHECK (minutes >= 0),
  CHECK (checked_out_at IS NULL OR (checked_in_at IS NOT NULL AND checked_out_at >= checked_in_at))
);
CREATE UNIQUE INDEX support_activity_signups_active ON support_activity_signups (activity_id, user_id)
  WHERE state = 'signed_up';
CREATE INDEX support_activity_signups_user ON support_activity_signups (user_id);
)SQL";

}  // namespace

Migration ActivityTablesMigration(int version) {
  return {version, "in-service party members' registrations, volunteer activities and sign-ups", kTables, "",
          ""};
}

}  // namespace sanwang::store
