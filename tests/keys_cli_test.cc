// `sanwang keys` as a district's operator runs it: the real binary turns encryption on for a
// database that held plain numbers, moves every value to a newer key so the old one can go,
// refuses a key file others can read, and a server whose key file lacks a key in use does
// not start. On SQLite (a file) and on PostgreSQL.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "core/files.h"
#include "store/user_repository.h"
#include "testing/cli_test.h"

namespace sanwang {
namespace {

class KeysCliTest : public testing::CliTest {
 protected:
  void SetUp() override {
    testing::CliTest::SetUp();
    if (IsSkipped() || HasFatalFailure()) return;
    dir_ = std::filesystem::temp_directory_path() /
           ("sanwang-keys-" + std::to_string(::getpid()) + "-" + GetParam());
    std::filesystem::create_directories(dir_);
    keys_ = dir_ / "personal-data.keys";
    config_ = dir_ / "sanwang.toml";
    std::ofstream(config_) << "personal_data_key_file = \"" << keys_.string() << "\"\n";
    store::UserRecord u;
    u.district_code = "411002";
    u.username = "13839019598";
    u.display_name = "李居民";
    u.phone = "13839019598";  // written by this process, which has no keys: plain
    u.role = "resident";
    u.created_at = 1795924149;
    auto inserted = store::UserRepository(db_->db()).Insert(u);
    ASSERT_TRUE(inserted.ok()) << inserted.status().ToString();
    user_ = inserted->id;
  }
  void TearDown() override {
    if (!dir_.empty()) std::filesystem::remove_all(dir_);
  }

  testing::CommandOutcome Configured(const std::string& args) {
    return Sanwang("--config '" + config_.string() + "' " + args);
  }
  std::string RawPhone() {
    return db_->db().Query("SELECT phone FROM users WHERE id = ?", {user_})->at(0).Text(0);
  }
  std::string KeyText() { return *ReadFileToString(keys_); }

  std::filesystem::path dir_, keys_, config_;
  store::Id user_ = 0;
};

TEST_P(KeysCliTest, ANewKeySealsEveryStoredNumberAndTheOldKeyCanThenGo) {
  testing::CommandOutcome made = Sanwang("keys new '" + keys_.string() + "' --id k1");
  ASSERT_EQ(made.status, 0) << made.output;
  struct stat info {};
  ASSERT_EQ(::stat(keys_.c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 0777, 0600u);

  testing::CommandOutcome first = Configured("keys reseal");
  ASSERT_EQ(first.status, 0) << first.output;
  EXPECT_NE(first.output.find("sealed again under key k1"), std::string::npos) << first.output;
  EXPECT_EQ(RawPhone().rfind("sm4:k1:", 0), 0u);

  ASSERT_EQ(Sanwang("keys new '" + keys_.string() + "' --id k2").status, 0);
  std::string both = KeyText();
  ASSERT_LT(both.find("\nk2 "), both.find("\nk1 "));  // the new key on top
  testing::CommandOutcome second = Configured("keys reseal");
  ASSERT_EQ(second.status, 0) << second.output;
  EXPECT_NE(second.output.find("older keys may be removed"), std::string::npos) << second.output;
  EXPECT_EQ(RawPhone().rfind("sm4:k2:", 0), 0u);

  // k1 removed: nothing needs it any more.
  std::string without_old = both.substr(0, both.find("\nk1 ") + 1);
  std::ofstream(keys_) << without_old;
  testing::CommandOutcome third = Configured("keys reseal");
  EXPECT_EQ(third.status, 0) << third.output;
  EXPECT_NE(third.output.find("0 values sealed again"), std::string::npos) << third.output;
}

TEST_P(KeysCliTest, AServerWhoseKeyFileLacksAKeyInUseDoesNotStart) {
  ASSERT_EQ(Sanwang("keys new '" + keys_.string() + "' --id k1").status, 0);
  ASSERT_EQ(Configured("keys reseal").status, 0);
  std::string sealed = RawPhone();
  std::filesystem::remove(keys_);
  ASSERT_EQ(Sanwang("keys new '" + keys_.string() + "' --id other").status, 0);

  testing::CommandOutcome reseal = Configured("keys reseal");
  EXPECT_EQ(reseal.status, 1) << reseal.output;
  EXPECT_NE(reseal.output.find("1 personal values cannot be opened"), std::string::npos) << reseal.output;
  // The server refuses before listening (a timeout would mean it served with the value lost).
  testing::CommandOutcome serve = testing::RunCommand(
      "timeout 60 " + std::string(SANWANG_BINARY) + " --db '" + db_->url() + "' --home '" +
      testing::SourceDir() + "' --config '" + config_.string() + "' serve --listen 127.0.0.1:0 2>&1");
  EXPECT_EQ(serve.status, 1) << serve.output;
  EXPECT_NE(serve.output.find("cannot be opened"), std::string::npos) << serve.output;
  EXPECT_EQ(RawPhone(), sealed);  // nothing rewritten
}

TEST_P(KeysCliTest, KeyFilesOthersCanReadAndResealWithoutKeysAreRefused) {
  testing::CommandOutcome unconfigured = Sanwang("keys reseal");
  EXPECT_EQ(unconfigured.status, 1) << unconfigured.output;
  EXPECT_NE(unconfigured.output.find("no personal-data keys are configured"), std::string::npos);

  ASSERT_EQ(Sanwang("keys new '" + keys_.string() + "' --id k1").status, 0);
  std::filesystem::permissions(keys_, std::filesystem::perms::group_read, std::filesystem::perm_options::add);
  testing::CommandOutcome shared = Configured("keys reseal");
  EXPECT_EQ(shared.status, 2) << shared.output;
  EXPECT_NE(shared.output.find("chmod 600"), std::string::npos) << shared.output;
  EXPECT_EQ(RawPhone(), "13839019598");  // unchanged

  testing::CommandOutcome bad_id = Sanwang("keys new '" + (dir_ / "other.keys").string() + "' --id 'Bad Id'");
  EXPECT_EQ(bad_id.status, 2) << bad_id.output;
  EXPECT_FALSE(std::filesystem::exists(dir_ / "other.keys"));
}

INSTANTIATE_TEST_SUITE_P(Backends, KeysCliTest, ::testing::ValuesIn(testing::kBackends),
                         [](const auto& backend) { return backend.param; });

}  // namespace
}  // namespace sanwang
