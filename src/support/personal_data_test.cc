// The ID number's check character, its date of birth and length, the mobile number, and
// the masks that hide all but the ends.
#include "support/personal_data.h"

#include <gtest/gtest.h>

namespace sanwang::support {
namespace {

TEST(PersonalDataTest, CheckCharacterFollowsGb11643) {
  EXPECT_EQ(IdNumberCheckCharacter("11010519491231002"), 'X');
  EXPECT_EQ(IdNumberCheckCharacter("41010219900307123"), '0');
  EXPECT_EQ(IdNumberCheckCharacter("41010219851120456"), '8');
  EXPECT_EQ(IdNumberCheckCharacter("4101021985112045"), '\0');
  EXPECT_EQ(IdNumberCheckCharacter("4101021985112045A"), '\0');
}

TEST(PersonalDataTest, IdNumbersAreCheckedWhole) {
  struct Case {
    const char* id;
    bool valid;
  };
  const Case table[] = {
      {"11010519491231002X", true},  {"410102199003071230", true},
      {"410102200002290015", true},  {"410102199003071231", false},  // wrong check character
      {"11010519491231002x", false},                                 // lower-case x: normalize first
      {"41010219900307123", false},                                  // 17 characters
      {"410102199013071234", false},                                 // month 13
      {"410102190102290011", false},                                 // 1901 had no 29 February
      {"41010219900307123A", false}, {"", false},
  };
  for (const Case& c : table) {
    Status s = ValidateIdNumber(c.id);
    EXPECT_EQ(s.ok(), c.valid) << c.id << " " << s.ToString();
    if (!s.ok()) {
      EXPECT_EQ(s.field(), "id_number");
    }
  }
  EXPECT_TRUE(ValidateIdNumber(NormalizeIdNumber("11010519491231002x")).ok());
}

TEST(PersonalDataTest, MobileNumbersAreElevenDigitsFromOne) {
  EXPECT_TRUE(ValidateMobile("13812345678").ok());
  EXPECT_EQ(ValidateMobile("1381234567").field(), "phone");
  EXPECT_FALSE(ValidateMobile("23812345678").ok());
  EXPECT_FALSE(ValidateMobile("138-1234567").ok());
}

TEST(PersonalDataTest, MasksKeepOnlyTheEnds) {
  EXPECT_EQ(MaskIdNumber("410102199003071230"), "410102********1230");
  EXPECT_EQ(MaskPhone("13812345678"), "138****5678");
  EXPECT_EQ(MaskPhone("123"), "***");
}

}  // namespace
}  // namespace sanwang::support
