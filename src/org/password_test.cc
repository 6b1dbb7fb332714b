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

TEST(PasswordTest, DummyHashHasTheSameParametersAsARealOne) {
  std::string real = *HashPassword("weidu2026ok");
  const std::string& dummy = DummyPasswordHash();
  // "$argon2id$v=19$m=65536,t=2,p=1$": algorithm, version and costs before the salt.
  auto parameters = [](const std::string& h) { return h.substr(0, h.find('$', h.find("$m=") + 1)); };
  EXPECT_EQ(parameters(dummy), parameters(real));
  EXPECT_FALSE(VerifyPassword(dummy, "weidu2026ok"));
}

TEST(PasswordTest, TemporaryPasswordsMeetThePolicyAndDiffer) {
  std::string a = NewTemporaryPassword("grid001");
  EXPECT_EQ(a.size(), 12u);
  EXPECT_TRUE(CheckPasswordPolicy(a, "grid001").ok());
  EXPECT_NE(NewTemporaryPassword("grid001"), a);
}

}  // namespace
}  // namespace sanwang::org
