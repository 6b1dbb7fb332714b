#include "testing/test_seed.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <iostream>
#include <random>
#include <string>

namespace sanwang::testing {

std::uint32_t TestSeed() {
  const char* fixed = std::getenv("SANWANG_TEST_SEED");
  const std::uint32_t seed = fixed != nullptr ? static_cast<std::uint32_t>(std::strtoul(fixed, nullptr, 10))
                                              : std::random_device{}();
  std::cout << "seed " << seed << " (replay with SANWANG_TEST_SEED=" << seed << ")" << std::endl;
  ::testing::Test::RecordProperty("seed", std::to_string(seed));
  return seed;
}

}  // namespace sanwang::testing
