// A test fixture parameterized by backend: each TEST_P runs on SQLite and on PostgreSQL.
#pragma once

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "store/case_repository.h"
#include "testing/test_databases.h"

namespace sanwang::store {

class BackendTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    test_db_ = testing::TestDatabase::Create(GetParam(), reach_);
    if (!test_db_ && HasFailure()) GTEST_FAIL() << GetParam() << " is required but not available";
    if (!test_db_) GTEST_SKIP() << GetParam() << " is not configured";
  }
  Database& db() { return test_db_->db(); }
  // A fixture whose tests open more connections to the database sets kOtherConnections
  // in its constructor.
  testing::TestDatabase::Reach reach_ = testing::TestDatabase::Reach::kThisConnection;
  std::unique_ptr<testing::TestDatabase> test_db_;
};

// Files a case with only the required fields, in `state`, straight through the repository.
inline Result<CaseChange> InsertMinimalCase(Database& db, const std::string& title,
                                            const std::string& state) {
  CaseRecord c;
  c.district_code = "411002";
  c.workflow = "resident_matter";
  c.title = title;
  c.source = "resident";
  c.state = state;
  c.created_at = c.updated_at = 1795924149;  // 2026-11-29T11:49:09+08:00
  CaseEventRecord e;
  e.action = "submit";
  e.to_state = state;
  e.actor_role = "resident";
  e.at = c.created_at;
  return CaseRepository(db).Insert(c, e);
}

// The names of `table`'s columns as the database has them (after every migration).
inline std::set<std::string> TableColumnNames(Database& db, const std::string& table) {
  const char* sql = db.dialect() == Dialect::kSqlite
                        ? "SELECT name FROM pragma_table_info(?)"
                        : "SELECT column_name FROM information_schema.columns WHERE table_schema = "
                          "current_schema() AND table_name = ?";
  auto rows = db.Query(sql, {table});
  EXPECT_TRUE(rows.ok()) << rows.status().ToString();
  std::set<std::string> names;
  if (rows.ok()) {
    for (const Row& row : *rows) names.insert(row.Text(0));
  }
  return names;
}

inline std::string BackendName(const ::testing::TestParamInfo<std::string>& backend) { return backend.param; }

#define SANWANG_INSTANTIATE_BACKENDS(Fixture)                                                     \
  INSTANTIATE_TEST_SUITE_P(Backends, Fixture, ::testing::ValuesIn(::sanwang::testing::kBackends), \
                           ::sanwang::store::BackendName)

}  // namespace sanwang::store
