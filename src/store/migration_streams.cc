// The one list of migration streams: each module that owns tables adds one line, naming
// the function of its own schema file that returns its migrations. Order matters only for
// references between modules' tables: a stream may refer to tables of the streams above it.
#include "store/migrations.h"

namespace sanwang::store {

std::vector<Migration> CirclesMigrations();     // circles/store/circles_schema.cc
std::vector<Migration> SupportMigrations();     // support/store/support_schema.cc
std::vector<Migration> GovernanceMigrations();  // governance/store/governance_schema.cc
std::vector<Migration> BodiesMigrations();      // bodies/store/bodies_schema.cc
std::vector<Migration> NotifyMigrations();      // notify/store/notify_schema.cc
std::vector<Migration> CaseImportMigrations();  // case_import/store/case_import_schema.cc

const std::vector<MigrationStream>& MigrationStreams() {
  static const std::vector<MigrationStream> kStreams = {
      {kCoreModule, Migrations()},
      {"circles", CirclesMigrations()},
      {"support", SupportMigrations()},
      {"governance", GovernanceMigrations()},
      {"bodies", BodiesMigrations()},
      {"notify", NotifyMigrations()},
      {"case_import", CaseImportMigrations()},
  };
  return kStreams;
}

}  // namespace sanwang::store
