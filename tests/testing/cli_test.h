// The fixture of the tests that run the real `sanwang` binary (SANWANG_BINARY, set by the
// test's CMake target) against a fresh database of each backend that other processes can
// reach, made ready with `sanwang init`. A backend not configured is skipped, or fails when
// it is required (testing/test_databases.h). Test code; not thread-safe.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "testing/command_run.h"
#include "testing/test_databases.h"

namespace sanwang::testing {

class CliTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = TestDatabase::Create(GetParam(), TestDatabase::Reach::kOtherConnections);
    if (!db_ && HasFailure()) GTEST_FAIL() << GetParam() << " is required but not available";
    if (!db_) GTEST_SKIP() << GetParam() << " is not configured";
    CommandOutcome init = Sanwang("init");
    ASSERT_EQ(init.status, 0) << init.output;
  }

  // `sanwang --db <this database> ARGS`.
  CommandOutcome Sanwang(const std::string& args) { return RunSanwang(SANWANG_BINARY, db_->url(), args); }

  std::unique_ptr<TestDatabase> db_;
};

}  // namespace sanwang::testing
