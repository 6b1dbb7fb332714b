// A test fixture parameterized by backend: each TEST_P runs on SQLite and on PostgreSQL.
#pragma once

#include <gtest/gtest.h>

#include "support/test_databases.h"

namespace sanwang::store {

class BackendTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    test_db_ = testing::TestDatabase::Create(GetParam());
    if (!test_db_ && HasFailure()) GTEST_FAIL() << GetParam() << " is required but not available";
    if (!test_db_) GTEST_SKIP() << GetParam() << " is not configured";
  }
  Database& db() { return test_db_->db(); }
  std::unique_ptr<testing::TestDatabase> test_db_;
};

inline std::string BackendName(const ::testing::TestParamInfo<std::string>& backend) {
  return backend.param;
}

#define SANWANG_INSTANTIATE_BACKENDS(Fixture)                                                  \
  INSTANTIATE_TEST_SUITE_P(Backends, Fixture, ::testing::ValuesIn(::sanwang::testing::kBackends), \
                           ::sanwang::store::BackendName)

}  // namespace sanwang::store
