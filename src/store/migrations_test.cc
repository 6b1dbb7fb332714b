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

namespace sanwang::store {
namespace {

// Filing a case looks up recent cases of its item (repeat detection); without an index
// that lookup scanned every case and filing slowed down as the table grew (the 100,000
// case demo took over an hour).
TEST(SchemaIndexTest, RecentCasesOfAnItemAreFoundThroughAnIndex) {
  auto db = OpenDatabase("sqlite::memory:");
  ASSERT_TRUE(db.ok());
  ASSERT_TRUE(Migrate(**db).ok());
  auto plan = (*db)->Query("EXPLAIN QUERY PLAN SELECT id FROM cases WHERE district_code = ? AND item_code = ? "
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
  auto plan = (*db)->Query("EXPLAIN QUERY PLAN SELECT id FROM cases WHERE district_code = ? AND created_at >= ? "
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
