// The case import's migration stream, "case_import" (docs/architecture.md §15), numbered
// from 1.
#include "store/migrations.h"

namespace sanwang::store {
namespace {

// Version 1: the work orders moved in from an existing system (`sanwang import cases`), one
// row per old system and work order id, pointing at the case made of it. The key makes a
// second run of the same export add nothing. The old category is kept beside the case, and
// whether its catalog item came from the classifier rather than the mapping (item_guessed,
// with the confidence of the classifier's suggestion, taken or not), so the review list can
// be drawn again.
constexpr const char* kV1 = R"SQL(
CREATE TABLE imported_cases (
  district_code TEXT NOT NULL,
  system TEXT NOT NULL,
  source_id TEXT NOT NULL,
  case_id BIGINT NOT NULL REFERENCES cases(id),
  source_category TEXT NOT NULL,
  item_guessed INTEGER NOT NULL,
  item_confidence DOUBLE PRECISION,
  imported_at BIGINT NOT NULL,
  PRIMARY KEY (district_code, system, source_id)
);
CREATE INDEX imported_cases_case ON imported_cases (case_id);
)SQL";

}  // namespace

std::vector<Migration> CaseImportMigrations() {
  return {
      {1, "the work orders moved in from an existing system", kV1, "", ""},
  };
}

}  // namespace sanwang::store
