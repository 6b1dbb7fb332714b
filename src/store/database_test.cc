#include "store/database.h"

#include "store/postgres/postgres_database.h"
#include "store/store_test_fixture.h"

namespace sanwang::store {
namespace {

class DatabaseTest : public BackendTest {
 protected:
  void SetUp() override {
    BackendTest::SetUp();
    if (IsSkipped() || HasFailure()) return;
    ASSERT_TRUE(db().ExecuteScript("CREATE TABLE t (k TEXT PRIMARY KEY, n BIGINT, x DOUBLE PRECISION)").ok());
  }
  std::int64_t CountRows() { return db().Query("SELECT COUNT(*) FROM t")->at(0).Int(0); }
};

TEST_P(DatabaseTest, BindsAndReadsEveryType) {
  ASSERT_TRUE(db().Execute("INSERT INTO t (k, n, x) VALUES (?, ?, ?)",
                           {std::string("甲'乙"), std::int64_t{1} << 40, 2.5})
                  .ok());
  ASSERT_TRUE(
      db().Execute("INSERT INTO t (k, n, x) VALUES (?, ?, ?)", {std::string("null"), SqlNull{}, SqlNull{}})
          .ok());
  auto rows = db().Query("SELECT k, n, x FROM t WHERE k = ?", {std::string("甲'乙")});
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].Text(0), "甲'乙");
  EXPECT_EQ((*rows)[0].Int(1), std::int64_t{1} << 40);
  EXPECT_DOUBLE_EQ((*rows)[0].Real(2), 2.5);
  auto nulls = db().Query("SELECT n, x FROM t WHERE k = 'null'");
  EXPECT_TRUE((*nulls)[0].IsNull(0));
  EXPECT_FALSE((*nulls)[0].OptReal(1).has_value());
}

TEST_P(DatabaseTest, ExecuteCountsChangedRows) {
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(
        db().Execute("INSERT INTO t (k, n) VALUES (?, ?)", {std::to_string(i), std::int64_t{i}}).ok());
  }
  EXPECT_EQ(*db().Execute("UPDATE t SET n = n + 1 WHERE n >= ?", {std::int64_t{1}}), 2);
}

TEST_P(DatabaseTest, UniqueViolationIsAlreadyExists) {
  ASSERT_TRUE(db().Execute("INSERT INTO t (k) VALUES ('a')").ok());
  auto again = db().Execute("INSERT INTO t (k) VALUES ('a')");
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.status().code(), ErrorCode::kAlreadyExists);
}

TEST_P(DatabaseTest, FailedTransactionChangesNothing) {
  Status s = db().InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(db().Execute("INSERT INTO t (k) VALUES ('a')").status());
    return InvalidArgument("refused");
  });
  EXPECT_EQ(s.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(CountRows(), 0);
  EXPECT_FALSE(db().in_transaction());
}

TEST_P(DatabaseTest, NestedFailureRollsBackOnlyTheInnerPart) {
  Status s = db().InTransaction([&]() -> Status {
    SW_RETURN_IF_ERROR(db().Execute("INSERT INTO t (k) VALUES ('outer')").status());
    Status inner = db().InTransaction([&]() -> Status {
      SW_RETURN_IF_ERROR(db().Execute("INSERT INTO t (k) VALUES ('inner')").status());
      return db().Execute("INSERT INTO t (k) VALUES ('outer')").status();  // duplicate
    });
    EXPECT_EQ(inner.code(), ErrorCode::kAlreadyExists);
    return Status::Ok();
  });
  ASSERT_TRUE(s.ok()) << s.ToString();
  auto rows = db().Query("SELECT k FROM t ORDER BY k");
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].Text(0), "outer");
}

TEST_P(DatabaseTest, SyntaxErrorIsReported) {
  auto r = db().Query("SELEC nothing");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("SELEC"), std::string::npos);
}

// A full disk (SQLite, here a page limit) or a lost server connection (PostgreSQL): the
// caller, and through it the client, hears a plain bilingual message, no statement text.
TEST_P(DatabaseTest, AnUnavailableDatabaseIsReportedWithoutTheStatement) {
  Status failed;
  if (GetParam() == "sqlite") {
    ASSERT_TRUE(db().ExecuteScript("CREATE TABLE filler (b BLOB)").ok());
    auto pages = db().Query("PRAGMA page_count");
    ASSERT_TRUE(pages.ok());
    ASSERT_TRUE(db().ExecuteScript("PRAGMA max_page_count = " + std::to_string((*pages)[0].Int(0))).ok());
    failed = db().Execute("INSERT INTO filler (b) VALUES (?)", {Blob{std::string(100000, 'x')}}).status();
  } else {
    failed = db().Query("SELECT pg_terminate_backend(pg_backend_pid())").status();
  }
  EXPECT_EQ(failed.code(), ErrorCode::kUnavailable) << failed.ToString();
  EXPECT_EQ(failed.message(), kDatabaseUnavailableMessage);
}

TEST_P(DatabaseTest, PlannerStatisticsAreGatheredOnRequest) {
  ASSERT_TRUE(db().ExecuteScript("CREATE INDEX t_n ON t (n)").ok());
  for (int i = 0; i < 50; ++i) {
    ASSERT_TRUE(db().Execute("INSERT INTO t (k, n, x) VALUES (?, ?, ?)",
                             {std::to_string(i), std::int64_t{i % 5}, 0.5})
                    .ok());
  }
  const std::string sql =
      db().dialect() == Dialect::kSqlite
          ? "SELECT COUNT(*) FROM sqlite_master WHERE name = 'sqlite_stat1'"
          : "SELECT COUNT(*) FROM pg_stats WHERE schemaname = current_schema() AND tablename = 't'";
  EXPECT_EQ(db().Query(sql)->at(0).Int(0), 0);
  ASSERT_TRUE(UpdatePlannerStatistics(db()).ok());
  EXPECT_GT(db().Query(sql)->at(0).Int(0), 0);
}

SANWANG_INSTANTIATE_BACKENDS(DatabaseTest);

TEST(DatabaseUrlTest, RejectsUnknownSchemes) {
  auto db = OpenDatabase("mysql://localhost/x");
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().field(), "db");
  EXPECT_FALSE(OpenDatabase("sqlite:").ok());
}

TEST(DatabaseUrlTest, UnreachablePostgresIsUnavailable) {
  auto db = OpenDatabase("postgresql://127.0.0.1:1/none?connect_timeout=2");
  ASSERT_FALSE(db.ok());
  EXPECT_EQ(db.status().code(), ErrorCode::kUnavailable);
}

TEST(PlaceholderTest, NumbersOutsideLiterals) {
  EXPECT_EQ(NumberPlaceholders("SELECT ? , '?', ?"), "SELECT $1 , '?', $2");
  EXPECT_EQ(NumberPlaceholders("a = 'it''s ?' AND b = ?"), "a = 'it''s ?' AND b = $1");
}

}  // namespace
}  // namespace sanwang::store
