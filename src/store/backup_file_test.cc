#include "store/backup_file.h"

#include <gtest/gtest.h>

#include <fstream>

#include "core/files.h"

namespace sanwang::store {
namespace {

class BackupFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("backup_file_test_" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    payload_.assign(3 * (1 << 20) + 17, '\0');  // more than one chunk, with zero bytes
    for (std::size_t i = 0; i < payload_.size(); ++i) payload_[i] = static_cast<char>(i * 7 % 251);
    ASSERT_TRUE(WriteFileAtomically(dir_ / "payload", payload_).ok());
    header_.engine = "sqlite";
    header_.created = "2026-12-05T23:05:00+08:00";
    header_.streams = {{"core", 23}, {"circles", 5}};
    ASSERT_TRUE(WriteBackupFile(file(), header_, dir_ / "payload").ok());
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::filesystem::path file() const { return dir_ / "b.swbak"; }
  std::string Bytes() const { return *ReadFileToString(file()); }
  void Overwrite(const std::string& bytes) { ASSERT_TRUE(WriteFileAtomically(file(), bytes).ok()); }

  std::filesystem::path dir_;
  std::string payload_;
  BackupHeader header_;
};

TEST_F(BackupFileTest, AWrittenFileReadsBackWithItsHeaderAndPayload) {
  auto header = ReadVerifiedBackupHeader(file());
  ASSERT_TRUE(header.ok()) << header.status().ToString();
  EXPECT_EQ(header->engine, "sqlite");
  EXPECT_EQ(header->created, header_.created);
  EXPECT_EQ(header->streams, header_.streams);
  EXPECT_EQ(header->payload_bytes, payload_.size());
  EXPECT_EQ(header->sha256.size(), 64u);
  EXPECT_EQ(Bytes().rfind(
                "SANWANG-BACKUP 1\nengine sqlite\ncreated 2026-12-05T23:05:00+08:00\nstream core 23\n", 0),
            0u);
  ASSERT_TRUE(ExtractBackupPayload(file(), dir_ / "out").ok());
  EXPECT_EQ(*ReadFileToString(dir_ / "out"), payload_);
  EXPECT_FALSE(std::filesystem::exists(file().string() + ".partial"));
}

TEST_F(BackupFileTest, AFlippedPayloadByteFailsTheChecksum) {
  std::string bytes = Bytes();
  bytes[bytes.size() - 1000] ^= 0x01;
  Overwrite(bytes);
  Status damaged = ReadVerifiedBackupHeader(file()).status();
  EXPECT_EQ(damaged.code(), ErrorCode::kDataLoss);
  EXPECT_NE(damaged.message().find("checksum"), std::string::npos) << damaged.message();
}

TEST_F(BackupFileTest, AnEditedVersionLineFailsTheChecksum) {
  std::string bytes = Bytes();
  bytes.replace(bytes.find("stream core 23"), 14, "stream core 22");
  Overwrite(bytes);
  EXPECT_EQ(ReadVerifiedBackupHeader(file()).status().code(), ErrorCode::kDataLoss);
}

TEST_F(BackupFileTest, ACutOffFileIsDamaged) {
  const std::string bytes = Bytes();
  Overwrite(bytes.substr(0, bytes.size() - 1));
  Status cut = ReadVerifiedBackupHeader(file()).status();
  EXPECT_EQ(cut.code(), ErrorCode::kDataLoss);
  EXPECT_NE(cut.message().find("cut off"), std::string::npos) << cut.message();
  Overwrite(bytes.substr(0, 60));  // within the header
  EXPECT_EQ(ReadVerifiedBackupHeader(file()).status().code(), ErrorCode::kDataLoss);
  Overwrite(bytes + "x");
  EXPECT_EQ(ReadVerifiedBackupHeader(file()).status().code(), ErrorCode::kDataLoss);
}

TEST_F(BackupFileTest, AnotherFileIsNotABackup) {
  Overwrite(std::string("SQLite format 3\0 and more", 25));
  EXPECT_EQ(ReadVerifiedBackupHeader(file()).status().code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(ReadVerifiedBackupHeader(dir_ / "missing").status().code(), ErrorCode::kNotFound);
}

TEST(BackupHeaderTest, ParsesWhatHeaderTextWrites) {
  BackupHeader h{
      "postgresql", "2026-12-05T02:30:00+08:00", {{"core", 3}, {"bodies", 1}}, 42, std::string(64, 'a')};
  const std::string text = HeaderText(h) + "sha256 " + h.sha256 + "\n\npayload…";
  std::size_t header_bytes = 0;
  auto parsed = ParseBackupHeader(text, &header_bytes);
  ASSERT_TRUE(parsed.ok()) << parsed.status().ToString();
  EXPECT_EQ(parsed->engine, "postgresql");
  EXPECT_EQ(parsed->streams, h.streams);
  EXPECT_EQ(parsed->payload_bytes, 42u);
  EXPECT_EQ(text.substr(header_bytes), "payload…");
  EXPECT_FALSE(ParseBackupHeader(HeaderText(h) + "sha256 xyz\n\n", nullptr).ok());
  h.engine = "oracle";
  EXPECT_FALSE(ParseBackupHeader(HeaderText(h) + "sha256 " + h.sha256 + "\n\n", nullptr).ok());
}

}  // namespace
}  // namespace sanwang::store
