#include "store/migrations.h"

#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

class MigrationsTest : public BackendTest {};

TEST_P(MigrationsTest, FreshDatabaseIsAtLatestAndMigrateIsIdempotent) {
  EXPECT_EQ(*SchemaVersion(db()), LatestSchemaVersion());
  ASSERT_TRUE(Migrate(db()).ok());
  EXPECT_EQ(*SchemaVersion(db()), LatestSchemaVersion());
  auto rows = db().Query("SELECT COUNT(*) FROM schema_migrations");
  EXPECT_EQ(rows->at(0).Int(0), LatestSchemaVersion());
}

TEST_P(MigrationsTest, RefusesADatabaseFromANewerProgram) {
  ASSERT_TRUE(db().Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, 'future', 'now')",
                           {std::int64_t{LatestSchemaVersion() + 1}})
                  .ok());
  Status s = Migrate(db());
  EXPECT_EQ(s.code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(s.message().find("newer"), std::string::npos);
}

TEST_P(MigrationsTest, ForeignKeysAreEnforced) {
  auto r = db().Execute("INSERT INTO units (district_code, code, kind, name, parent_id, path) "
                        "VALUES ('1', 'x', 'grid', 'x', 999, '/')");
  EXPECT_FALSE(r.ok());
}

SANWANG_INSTANTIATE_BACKENDS(MigrationsTest);

}  // namespace
}  // namespace sanwang::store
