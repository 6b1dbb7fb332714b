#include "core/personal_data_keys.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "core/hex.h"

namespace sanwang {
namespace {

const std::string kOld = "k1 " + std::string(64, '1');
const std::string kNew = "k2 " + std::string(64, '2');

PersonalDataKeys Keys(const std::string& text) { return *PersonalDataKeys::Parse(text); }

TEST(PersonalDataKeys, SealsSoThatNoDigitOfTheNumberShowsAndOpensItAgain) {
  PersonalDataKeys keys = Keys(kOld);
  std::string sealed = keys.Seal("13839019598");
  EXPECT_EQ(sealed.rfind("sm4:k1:", 0), 0u);
  EXPECT_EQ(sealed.find("13839019598"), std::string::npos);
  EXPECT_EQ(*keys.Open(sealed), "13839019598");
  EXPECT_TRUE(PersonalDataKeys::IsSealed(sealed));
}

TEST(PersonalDataKeys, EqualNumbersSealDifferentlyButLookUpAlike) {
  PersonalDataKeys keys = Keys(kOld);
  std::set<std::string> sealed;
  for (int i = 0; i < 20; ++i) sealed.insert(keys.Seal("41100219850312002X"));
  EXPECT_EQ(sealed.size(), 20u);
  EXPECT_EQ(keys.Lookup("41100219850312002X"), keys.Lookup("41100219850312002X"));
  EXPECT_NE(keys.Lookup("41100219850312002X"), keys.Lookup("41100219850312003X"));
  EXPECT_EQ(keys.Lookup("41100219850312002X").size(), 64u);
  // Keyed: another key gives another lookup, so a table of all phone numbers' hashes
  // built without the key finds nothing.
  EXPECT_NE(Keys(kNew).Lookup("41100219850312002X"), keys.Lookup("41100219850312002X"));
}

TEST(PersonalDataKeys, EmptyStaysEmptyAndPlainTextPassesThrough) {
  PersonalDataKeys keys = Keys(kOld);
  EXPECT_EQ(keys.Seal(""), "");
  EXPECT_EQ(keys.Lookup(""), "");
  EXPECT_EQ(*keys.Open(""), "");
  EXPECT_EQ(*keys.Open("13839019598"), "13839019598");
  EXPECT_FALSE(PersonalDataKeys::IsSealed("13839019598"));
  EXPECT_FALSE(keys.SealedWithCurrent("13839019598"));
  EXPECT_TRUE(keys.SealedWithCurrent(""));
}

TEST(PersonalDataKeys, RefusesAChangedByteAnyWhere) {
  PersonalDataKeys keys = Keys(kOld);
  std::string sealed = keys.Seal("13839019598");
  for (std::size_t i = std::string("sm4:k1:").size(); i < sealed.size(); ++i) {
    std::string damaged = sealed;
    damaged[i] = damaged[i] == '0' ? '1' : '0';
    Result<std::string> opened = keys.Open(damaged);
    ASSERT_FALSE(opened.ok()) << "byte " << i;
    EXPECT_EQ(opened.status().code(), ErrorCode::kDataLoss);
  }
  EXPECT_FALSE(keys.Open(sealed.substr(0, sealed.size() - 2)).ok());
  EXPECT_FALSE(keys.Open("sm4:k1:").ok());
  EXPECT_FALSE(keys.Open("sm4:k1:zz").ok());
}

TEST(PersonalDataKeys, AValueMovedToAnotherKeyIdIsRefused) {
  // Both keys in the file, the value relabelled from k2 to k1: the tag covers the id.
  PersonalDataKeys keys = Keys(kNew + "\n" + kOld);
  std::string sealed = keys.Seal("13839019598");
  std::string relabelled = "sm4:k1:" + sealed.substr(std::string("sm4:k2:").size());
  EXPECT_EQ(keys.Open(relabelled).status().code(), ErrorCode::kDataLoss);
}

TEST(PersonalDataKeys, ANewKeyOnTopSealsWhileTheOldOneStillOpens) {
  std::string under_old = Keys(kOld).Seal("13839019598");
  PersonalDataKeys rotated = Keys("# newest first\n" + kNew + "\n" + kOld + "  # retiring\n");
  EXPECT_EQ(rotated.current_id(), "k2");
  EXPECT_EQ(*rotated.Open(under_old), "13839019598");
  EXPECT_FALSE(rotated.SealedWithCurrent(under_old));
  EXPECT_TRUE(rotated.SealedWithCurrent(rotated.Seal("13839019598")));
  // Once the old key is gone its values cannot be opened: reseal before removing it.
  Result<std::string> orphan = Keys(kNew).Open(under_old);
  ASSERT_FALSE(orphan.ok());
  EXPECT_EQ(orphan.status().code(), ErrorCode::kDataLoss);
}

TEST(PersonalDataKeys, KeysInOneEnvironmentVariableAreSeparatedBySemicolons) {
  PersonalDataKeys keys = Keys(kNew + ";" + kOld);
  EXPECT_EQ(keys.current_id(), "k2");
  EXPECT_EQ(*keys.Open(Keys(kOld).Seal("x")), "x");
}

TEST(PersonalDataKeys, RefusesMalformedKeyText) {
  for (const std::string& text :
       {std::string(""), std::string("# only a comment\n"), std::string("k1"), "k1 " + std::string(62, 'a'),
        "k1 " + std::string(64, 'g'), "K1 " + std::string(64, 'a'),
        "a-very-long-key-id-x " + std::string(64, 'a'), kOld + "\n" + kOld}) {
    Result<PersonalDataKeys> parsed = PersonalDataKeys::Parse(text);
    ASSERT_FALSE(parsed.ok()) << text;
    EXPECT_EQ(parsed.status().code(), ErrorCode::kInvalidArgument);
  }
}

TEST(PersonalDataKeys, NewKeyLinesAreRandomAndParse) {
  std::string a = PersonalDataKeys::NewKeyLine("k7");
  std::string b = PersonalDataKeys::NewKeyLine("k7");
  EXPECT_NE(a, b);
  Result<PersonalDataKeys> keys = PersonalDataKeys::Parse(a);
  ASSERT_TRUE(keys.ok()) << keys.status().message();
  EXPECT_EQ(keys->current_id(), "k7");
  EXPECT_THROW(PersonalDataKeys::NewKeyLine("Bad Id"), std::invalid_argument);
}

TEST(PersonalDataKeys, AKeyFileOthersCanReadIsRefused) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / ("keys-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  std::filesystem::path file = dir / "personal-data.keys";
  std::ofstream(file) << kOld << "\n";
  std::filesystem::permissions(file, std::filesystem::perms::owner_read | std::filesystem::perms::group_read);
  Result<PersonalDataKeys> shared = PersonalDataKeys::ReadFile(file);
  ASSERT_FALSE(shared.ok());
  EXPECT_NE(shared.status().message().find("chmod 600"), std::string::npos);
  std::filesystem::permissions(file,
                               std::filesystem::perms::owner_read | std::filesystem::perms::owner_write);
  Result<PersonalDataKeys> own = PersonalDataKeys::ReadFile(file);
  ASSERT_TRUE(own.ok()) << own.status().message();
  EXPECT_EQ(own->current_id(), "k1");
  EXPECT_FALSE(PersonalDataKeys::ReadFile(dir / "missing.keys").ok());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace sanwang
