#include "store/migrations.h"

#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

class MigrationsTest : public BackendTest {};

TEST_P(MigrationsTest, FreshDatabaseIsAtLatestAndMigrateIsIdempotent) {
  EXPECT_EQ(*SchemaVersion(db()), LatestSchemaVersion());
  ASSERT_TRUE(Migrate(db()).ok());
  EXPECT_EQ(*SchemaVersion(db()), LatestSchemaVersion());
  auto rows = db().Query("SELECT COUNT(*) FROM schema_migrations WHERE module = 'core'");
  EXPECT_EQ(rows->at(0).Int(0), LatestSchemaVersion());
}

TEST_P(MigrationsTest, RefusesADatabaseFromANewerProgram) {
  ASSERT_TRUE(db().Execute("INSERT INTO schema_migrations (module, version, name, applied_at) "
                           "VALUES ('core', ?, 'future', 'now')",
                           {std::int64_t{LatestSchemaVersion() + 1}})
                  .ok());
  Status s = Migrate(db());
  EXPECT_EQ(s.code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(s.message().find("newer"), std::string::npos);
}

TEST_P(MigrationsTest, RefusesADatabaseWithAModuleThisProgramDoesNotKnow) {
  ASSERT_TRUE(db().Execute("INSERT INTO schema_migrations (module, version, name, applied_at) "
                           "VALUES ('later_module', 1, 'from a newer program', 'now')")
                  .ok());
  Status s = Migrate(db());
  EXPECT_EQ(s.code(), ErrorCode::kFailedPrecondition);
  EXPECT_NE(s.message().find("later_module"), std::string::npos);
}

// Two modules' streams on an empty database, with nothing of the core stream.
class MigrationStreamsTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    test_db_ = testing::TestDatabase::CreateEmpty(GetParam());
    if (!test_db_ && HasFailure()) GTEST_FAIL() << GetParam() << " is required but not available";
    if (!test_db_) GTEST_SKIP() << GetParam() << " is not configured";
  }
  Database& db() { return test_db_->db(); }
  std::int64_t Count(const std::string& sql) { return db().Query(sql)->at(0).Int(0); }
  std::unique_ptr<testing::TestDatabase> test_db_;
};

MigrationStream Alpha() {
  return {"alpha",
          {{1, "alpha things", "CREATE TABLE alpha_things (id {{ID}}, name TEXT NOT NULL);", "", ""},
           {2, "alpha things by name", "CREATE INDEX alpha_things_name ON alpha_things (name);", "", ""}}};
}

MigrationStream Beta() {
  return {"beta",
          {{1, "beta things", "CREATE TABLE beta_things (id {{ID}}, size INTEGER NOT NULL);", "", ""}}};
}

TEST_P(MigrationStreamsTest, TwoModulesNumberTheirMigrationsIndependently) {
  ASSERT_TRUE(Migrate(db(), {Alpha(), Beta()}).ok());
  EXPECT_EQ(*SchemaVersion(db(), "alpha"), 2);
  EXPECT_EQ(*SchemaVersion(db(), "beta"), 1);

  // The next release: both modules add a migration, and beta's takes the number 2 that
  // alpha already used.
  MigrationStream alpha = Alpha();
  alpha.migrations.push_back({3, "alpha sizes", "ALTER TABLE alpha_things ADD COLUMN size INTEGER;", "", ""});
  MigrationStream beta = Beta();
  beta.migrations.push_back({2, "beta names", "ALTER TABLE beta_things ADD COLUMN name TEXT;", "", ""});
  Status s = Migrate(db(), {alpha, beta});
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(*SchemaVersion(db(), "alpha"), 3);
  EXPECT_EQ(*SchemaVersion(db(), "beta"), 2);
  EXPECT_TRUE(db().Execute("INSERT INTO alpha_things (name, size) VALUES ('a', 1)").ok());
  EXPECT_TRUE(db().Execute("INSERT INTO beta_things (size, name) VALUES (1, 'b')").ok());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM schema_migrations"), 5);
}

TEST_P(MigrationStreamsTest, ApplyingAgainIsANoOp) {
  ASSERT_TRUE(Migrate(db(), {Alpha(), Beta()}).ok());
  // Each CREATE TABLE would fail if it ran a second time.
  Status again = Migrate(db(), {Alpha(), Beta()});
  ASSERT_TRUE(again.ok()) << again.ToString();
  EXPECT_EQ(Count("SELECT COUNT(*) FROM schema_migrations"), 3);
}

TEST_P(MigrationStreamsTest, AModuleAddedLaterGetsItsTablesWithoutTouchingTheOthers) {
  ASSERT_TRUE(Migrate(db(), {Alpha()}).ok());
  ASSERT_TRUE(db().Execute("INSERT INTO alpha_things (name) VALUES ('kept')").ok());
  Status s = Migrate(db(), {Alpha(), Beta()});
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(*SchemaVersion(db(), "beta"), 1);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM alpha_things"), 1);
}

TEST_P(MigrationStreamsTest, AFailedMigrationLeavesItsStreamWhereItWas) {
  MigrationStream alpha = Alpha();
  alpha.migrations.push_back({3, "broken", "CREATE TABLE alpha_broken (id {{ID}}); NOT SQL AT ALL;", "", ""});
  Status s = Migrate(db(), {alpha, Beta()});
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.ToString().find("alpha 3"), std::string::npos) << s.ToString();
  EXPECT_EQ(*SchemaVersion(db(), "alpha"), 2);
}

// A database made by a build from before the streams: `schema_migrations` keyed by the
// version alone, written here the way that build wrote it.
TEST_P(MigrationStreamsTest, ADatabaseWithTheSingleCounterIsUpgradedInPlace) {
  ASSERT_TRUE(db().ExecuteScript("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                                 "name TEXT NOT NULL, applied_at TEXT NOT NULL)")
                  .ok());
  for (const Migration& m : Migrations()) {
    ASSERT_TRUE(db().ExecuteScript(MigrationText(m, db().dialect())).ok()) << m.version;
    ASSERT_TRUE(db().Execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, "
                             "CURRENT_TIMESTAMP)",
                             {static_cast<std::int64_t>(m.version), std::string(m.name)})
                    .ok());
  }
  ASSERT_TRUE(InsertMinimalCase(db(), "filed before the upgrade", "new").ok());

  Status s = Migrate(db(), {MigrationStream{kCoreModule, Migrations()}, Alpha()});
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(*SchemaVersion(db(), kCoreModule), LatestSchemaVersion());
  EXPECT_EQ(*SchemaVersion(db(), "alpha"), 2);
  EXPECT_EQ(Count("SELECT COUNT(*) FROM schema_migrations WHERE module = 'core'"), LatestSchemaVersion());
  EXPECT_EQ(Count("SELECT COUNT(*) FROM cases WHERE title = 'filed before the upgrade'"), 1);
  // And the upgraded database is an ordinary one from then on.
  Status again = Migrate(db(), {MigrationStream{kCoreModule, Migrations()}, Alpha()});
  EXPECT_TRUE(again.ok()) << again.ToString();
  EXPECT_EQ(Count("SELECT COUNT(*) FROM schema_migrations"), LatestSchemaVersion() + 2);
}

SANWANG_INSTANTIATE_BACKENDS(MigrationStreamsTest);

TEST_P(MigrationsTest, ForeignKeysAreEnforced) {
  auto r = db().Execute(
      "INSERT INTO units (district_code, code, kind, name, parent_id, path) "
      "VALUES ('1', 'x', 'grid', 'x', 999, '/')");
  EXPECT_FALSE(r.ok());
}

SANWANG_INSTANTIATE_BACKENDS(MigrationsTest);

}  // namespace
}  // namespace sanwang::store

namespace sanwang::store {
namespace {

// Filing a case looks up recent cases of its item (repeat detection); without an index
// that lookup scanned every case and filing slowed down as the table grew (the 100,000
// case demo took over an hour).
TEST(SchemaIndexTest, RecentCasesOfAnItemAreFoundThroughAnIndex) {
  auto db = OpenDatabase("sqlite::memory:");
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE(Migrate(**db).ok());
  auto plan = (*db)->Query(
      "EXPLAIN QUERY PLAN SELECT id FROM cases WHERE district_code = ? AND item_code = ? "
      "AND created_at >= ? AND state NOT IN ('resolved', 'closed')",
      {std::string("411002"), std::string("A01-001"), std::int64_t{0}});
  ASSERT_TRUE(plan.ok());
  std::string text;
  for (const auto& row : *plan) text += row.Text(row.size() - 1) + "\n";
  EXPECT_NE(text.find("USING INDEX cases_item_created"), std::string::npos) << text;
}

}  // namespace
}  // namespace sanwang::store

namespace sanwang::store {
namespace {

// The newest page of a period (the Open311 default: the last 90 days, 100 at a time) walks
// the (district_code, created_at) index backwards and stops, instead of sorting the period.
TEST(SchemaIndexTest, NewestCasesOfAPeriodNeedNoSort) {
  auto db = OpenDatabase("sqlite::memory:");
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE(Migrate(**db).ok());
  auto plan = (*db)->Query(
      "EXPLAIN QUERY PLAN SELECT id FROM cases WHERE district_code = ? AND created_at >= ? "
      "AND created_at < ? ORDER BY created_at DESC, id DESC LIMIT 100",
      {std::string("411002"), std::int64_t{0}, std::int64_t{1}});
  ASSERT_TRUE(plan.ok());
  std::string text;
  for (const auto& row : *plan) text += row.Text(row.size() - 1) + "\n";
  EXPECT_NE(text.find("cases_district_created"), std::string::npos) << text;
  EXPECT_EQ(text.find("TEMP B-TREE"), std::string::npos) << text;
}

}  // namespace
}  // namespace sanwang::store
