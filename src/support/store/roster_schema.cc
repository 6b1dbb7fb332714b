// The support net's workforce roster, one migration of the "support" stream (its list is
// in support_schema.cc; docs/architecture.md §7). The org tables hold no household count,
// so the figure each community's staffing norm is measured against is kept here, one row
// per community, imported with the roster.
#include "store/migrations.h"

namespace sanwang::store {
namespace {

constexpr const char* kRoster = R"SQL(
CREATE TABLE roster_workers (
  id {{ID}},
  district_code TEXT NOT NULL,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  post TEXT NOT NULL,
  unit_id BIGINT NOT NULL REFERENCES units(id),
  grid_id BIGINT REFERENCES units(id),
  started_on TEXT NOT NULL,
  qualification TEXT NOT NULL,
  id_number TEXT NOT NULL,
  phone TEXT NOT NULL,
  user_id BIGINT REFERENCES users(id),
  active INTEGER NOT NULL,
  demo INTEGER NOT NULL DEFAULT 0,
  UNIQUE (district_code, id_number)
);
CREATE INDEX roster_workers_unit ON roster_workers (district_code, unit_id);
CREATE INDEX roster_workers_grid ON roster_workers (grid_id);
CREATE TABLE roster_trainings (
  id {{ID}},
  district_code TEXT NOT NULL,
  worker_id BIGINT NOT NULL REFERENCES roster_workers(id),
  held_on TEXT NOT NULL,
  title TEXT NOT NULL,
  hours_tenths INTEGER NOT NULL,
  CHECK (hours_tenths > 0)
);
CREATE INDEX roster_trainings_worker ON roster_trainings (worker_id, held_on);
CREATE TABLE roster_households (
  district_code TEXT NOT NULL,
  unit_id BIGINT NOT NULL REFERENCES units(id),
  households INTEGER NOT NULL,
  PRIMARY KEY (district_code, unit_id),
  CHECK (households >= 0)
);
)SQL";

}  // namespace

Migration RosterTablesMigration(int version) {
  return {version, "the workforce roster: workers, their trainings, households per community", kRoster, "",
          ""};
}

}  // namespace sanwang::store
