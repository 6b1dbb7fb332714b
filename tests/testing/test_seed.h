// The seed of a test's random choices (interleavings, kill points): fresh each run so
// repeated runs explore more cases, printed so a failing run can be replayed by setting
// SANWANG_TEST_SEED to it.
#pragma once

#include <cstdint>

namespace sanwang::testing {

// SANWANG_TEST_SEED when set, else a random seed; printed on standard output and recorded
// as the test's "seed" property (in the XML report).
std::uint32_t TestSeed();

}  // namespace sanwang::testing
