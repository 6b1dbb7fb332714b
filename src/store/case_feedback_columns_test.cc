// Core migration 9: a case keeps its stars, rating comment and urges; earlier yes/no
// ratings become 5 and 1 stars, in the cases and in the monthly counters.
#include "store/migrations.h"
#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

class CaseFeedbackColumnsTest : public BackendTest {};

TEST_P(CaseFeedbackColumnsTest, StarsCommentAndUrgesAreStoredAndCounted) {
  auto filed = InsertMinimalCase(db(), "路灯不亮", "resolved");
  ASSERT_TRUE(filed.ok()) << filed.status().ToString();
  CaseRepository repo(db());
  auto changed = repo.Update(filed->updated.id, [](const CaseRecord& current) {
    CaseChange ch{current, {}};
    ch.updated.state = "closed";
    ch.updated.rating = 1;
    ch.updated.rating_stars = 4;
    ch.updated.rating_comment = "很及时";
    ch.updated.urge_count = 2;
    ch.updated.last_urged_at = current.created_at + 3600;
    ch.event.action = "rate";
    ch.event.actor_role = "resident";
    ch.event.at = current.created_at + 7200;
    return Result<CaseChange>(ch);
  });
  ASSERT_TRUE(changed.ok()) << changed.status().ToString();
  CaseRecord read = *repo.Get(filed->updated.id);
  EXPECT_EQ(read.rating_stars, 4);
  EXPECT_EQ(read.rating_comment, "很及时");
  EXPECT_EQ(read.urge_count, 2);
  EXPECT_EQ(read.last_urged_at, read.created_at + 3600);
  EXPECT_EQ(ContributionOf(read).stars, 4);
  EXPECT_EQ(ContributionOf(read).rated, 1);
}

// Before migration 9: a case rated satisfied, one rated unsatisfied and one not rated,
// with the monthly counters of that time; then the upgrade.
class CaseFeedbackMigrationTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    test_db_ = testing::TestDatabase::CreateEmpty(GetParam());
    if (!test_db_ && HasFailure()) GTEST_FAIL() << GetParam() << " is required but not available";
    if (!test_db_) GTEST_SKIP() << GetParam() << " is not configured";
  }
  Database& db() { return test_db_->db(); }
  std::int64_t Number(const std::string& sql) { return db().Query(sql)->at(0).Int(0); }
  std::unique_ptr<testing::TestDatabase> test_db_;
};

TEST_P(CaseFeedbackMigrationTest, EarlierRatingsBecomeFiveAndOneStar) {
  std::vector<Migration> before(Migrations().begin(), Migrations().begin() + 8);
  ASSERT_EQ(before.back().version, 8);
  ASSERT_TRUE(Migrate(db(), {MigrationStream{kCoreModule, before}}).ok());
  ASSERT_TRUE(
      db().ExecuteScript(
              "INSERT INTO units (district_code, code, kind, name, path) VALUES ('411002', 'G1', 'grid', "
              "'G1', '/1/');"
              "INSERT INTO case_monthly_stats (district_code, unit_id, month, cases, rated, satisfied) "
              "SELECT '411002', id, 202611, 3, 2, 1 FROM units;")
          .ok());
  for (const char* rating : {"1", "0", "NULL"}) {
    ASSERT_TRUE(
        db().ExecuteScript(std::string("INSERT INTO cases (district_code, workflow, title, source, state, "
                                       "created_at, created_month, updated_at, rating) VALUES ('411002', "
                                       "'resident_matter', 't', 'resident', 'closed', 1, 197001, 1, ") +
                           rating + ")")
            .ok());
  }
  Status upgraded = Migrate(db(), {MigrationStream{kCoreModule, Migrations()}});
  ASSERT_TRUE(upgraded.ok()) << upgraded.ToString();
  EXPECT_EQ(*SchemaVersion(db(), kCoreModule), Migrations().back().version);
  EXPECT_EQ(Number("SELECT rating_stars FROM cases WHERE rating = 1"), 5);
  EXPECT_EQ(Number("SELECT rating_stars FROM cases WHERE rating = 0"), 1);
  EXPECT_EQ(Number("SELECT COUNT(*) FROM cases WHERE rating IS NULL AND rating_stars IS NULL"), 1);
  EXPECT_EQ(Number("SELECT SUM(urge_count) FROM cases"), 0);
  EXPECT_EQ(Number("SELECT stars FROM case_monthly_stats"), 6);  // 5 + 1
}

SANWANG_INSTANTIATE_BACKENDS(CaseFeedbackColumnsTest);
SANWANG_INSTANTIATE_BACKENDS(CaseFeedbackMigrationTest);

}  // namespace
}  // namespace sanwang::store
