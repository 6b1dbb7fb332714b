// The roster's ID numbers encrypted at rest, one migration of the "support" stream (its
// list is in support_schema.cc; store/personal_data.h). A sealed ID number differs every
// time it is written, so the one-worker-per-ID-number rule moves to a keyed hash kept
// beside it; until keys are configured that hash is the number itself, as filled here.
// The old UNIQUE (district_code, id_number) stays in the table (SQLite cannot drop it
// without rebuilding the table) and holds trivially once numbers are sealed.
#include "store/migrations.h"
#include "store/personal_data_reseal.h"

namespace sanwang::store {
namespace {

constexpr const char* kLookup = R"SQL(
ALTER TABLE roster_workers ADD COLUMN id_number_lookup TEXT NOT NULL DEFAULT '';
UPDATE roster_workers SET id_number_lookup = id_number;
CREATE UNIQUE INDEX roster_workers_id_number_lookup ON roster_workers (district_code, id_number_lookup);
)SQL";

}  // namespace

Migration RosterLookupMigration(int version) {
  return {version, "the roster's ID numbers found by a keyed hash, for encryption at rest", kLookup, "", ""};
}

}  // namespace sanwang::store

namespace sanwang::store {

// The roster's sealed columns, for the pass that seals them again (store/personal_data_reseal.h).
std::vector<SealedTable> SupportSealedTables() {
  return {{"roster_workers", "id", {{"id_number", "id_number_lookup"}, {"phone", ""}}}};
}

}  // namespace sanwang::store
