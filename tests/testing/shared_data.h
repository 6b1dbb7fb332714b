// Data that is not part of the product but lies beside the checkout (../shared/data: a
// city's OpenStreetMap extract, labelled citizens' messages), for the tests that measure
// the code against it. Where the data is absent those tests skip, unless
// SANWANG_REQUIRE_DATA=1 — set by scripts/test.sh — turns the skip into a failure, so that
// a test run without the data cannot pass as if it had checked.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

namespace sanwang::testing {

// The file at `relative` (e.g. "osm/helsinki.osm.pbf") under ../shared/data beside the
// checkout or /work/shared/data; empty when neither has it.
std::filesystem::path SharedDataFile(const std::string& relative);

// Whether SANWANG_REQUIRE_DATA=1.
bool SharedDataRequired();

}  // namespace sanwang::testing

// In a test body: skips the test when `file` (from SharedDataFile) is empty, or fails it
// when the data is required.
#define SANWANG_SKIP_WITHOUT_SHARED_DATA(file, relative)                                          \
  do {                                                                                            \
    if (!(file).empty()) break;                                                                   \
    if (::sanwang::testing::SharedDataRequired()) {                                               \
      GTEST_FAIL() << "../shared/data/" << (relative) << " is absent and SANWANG_REQUIRE_DATA=1"; \
    }                                                                                             \
    GTEST_SKIP() << "../shared/data/" << (relative) << " is absent: nothing to measure";          \
  } while (false)
