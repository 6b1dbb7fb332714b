#include "org/password.h"

#include <gtest/gtest.h>

namespace sanwang::org {
namespace {

TEST(PasswordTest, HashIsArgon2idAndVerifies) {
  auto hash = HashPassword("weidu2026ok");
  ASSERT_TRUE(hash.ok());
  EXPECT_EQ(hash->rfind("$argon2id$", 0), 0u);
  EXPECT_TRUE(VerifyPassword(*hash, "weidu2026ok"));
  EXPECT_FALSE(VerifyPassword(*hash, "weidu2026OK"));
  EXPECT_FALSE(VerifyPassword("", "anything"));
  EXPECT_NE(*HashPassword("weidu2026ok"), *hash);  // salted
}

TEST(PasswordTest, Policy) {
  EXPECT_TRUE(CheckPasswordPolicy("weidu2026ok", "grid001").ok());
  EXPECT_FALSE(CheckPasswordPolicy("short1", "").ok());
  EXPECT_FALSE(CheckPasswordPolicy("onlyletterslong", "").ok());
  EXPECT_FALSE(CheckPasswordPolicy("12345678901", "").ok());
  EXPECT_FALSE(CheckPasswordPolicy("xgrid001abc9", "grid001").ok());
}

}  // namespace
}  // namespace sanwang::org
