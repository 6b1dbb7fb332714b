// The unified social credit code: published codes pass, a changed character or check
// character is refused naming the field, and so are codes of the wrong length or alphabet.
#include "bodies/credit_code.h"

#include <gtest/gtest.h>

namespace sanwang::bodies {
namespace {

TEST(CreditCodeTest, PublishedCodesPass) {
  for (const char* code : {"91350100M000100Y43", "91110000802100433B", "51110000500021676X"}) {
    EXPECT_TRUE(ValidateCreditCode(code).ok()) << code;
    EXPECT_EQ(CreditCodeCheckCharacter(std::string_view(code).substr(0, 17)), code[17]) << code;
  }
}

TEST(CreditCodeTest, AChangedCharacterIsCaughtByTheCheckCharacter) {
  std::string code = "91350100M000100Y43";
  code[5] = '2';
  Status s = ValidateCreditCode(code, "credit_code");
  EXPECT_FALSE(s.ok());
  EXPECT_EQ(s.field(), "credit_code");
  EXPECT_NE(s.message().find("check character"), std::string::npos) << s.message();
}

TEST(CreditCodeTest, WrongLengthAndLettersOutsideTheAlphabetAreRefused) {
  EXPECT_FALSE(ValidateCreditCode("91350100M000100Y4").ok());
  EXPECT_FALSE(ValidateCreditCode("91350100M000100Y433").ok());
  EXPECT_FALSE(ValidateCreditCode("91350100I000100Y43").ok());  // I is not in the alphabet
  EXPECT_FALSE(ValidateCreditCode("91350100m000100Y43").ok());  // lower case before normalizing
  EXPECT_EQ(NormalizeCreditCode(" 91350100m000100y43 "), "91350100M000100Y43");
  EXPECT_EQ(CreditCodeCheckCharacter("9135010"), '\0');
}

}  // namespace
}  // namespace sanwang::bodies
