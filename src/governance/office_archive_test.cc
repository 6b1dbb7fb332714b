#include "governance/office_archive.h"

#include <gtest/gtest.h>

#include "governance/evidence_test_files.h"

namespace sanwang::governance {
namespace {

std::string Docx(const std::string& body) {
  return test_files::MakeZip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", body}});
}

TEST(OfficeArchiveTest, AWholeDocumentPassesAndItsPartsRead) {
  const std::string docx = Docx("<w:document>正文</w:document>");
  EXPECT_TRUE(CheckOfficeDocument(docx, "word/document.xml").ok());
  auto part = ReadOfficePart(docx, "word/document.xml");
  ASSERT_TRUE(part.ok()) << part.status().ToString();
  EXPECT_EQ(*part, "<w:document>正文</w:document>");
  EXPECT_EQ(ReadOfficePart(docx, "word/none.xml").status().field(), "body");
}

TEST(OfficeArchiveTest, AZipBombIsRefusedBeforeItIsExpanded) {
  // 4 MiB of one letter packs about a thousand to one: no real document part does.
  const std::string packed = Docx(std::string(std::size_t{4} << 20, 'a'));
  ASSERT_LT(packed.size(), std::size_t{64} << 10);
  auto refused = CheckOfficeDocument(packed, "word/document.xml");
  EXPECT_EQ(refused.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(refused.field(), "body");
  EXPECT_NE(refused.message().find("压缩炸弹"), std::string::npos);
  EXPECT_FALSE(ReadOfficePart(packed, "word/document.xml").ok());
  // A part of ordinary text of the same length packs far less and passes.
  std::string text;
  std::uint32_t x = 12345;
  while (text.size() < (std::size_t{1} << 20) + 100) {
    x = x * 1103515245 + 12345;
    text += static_cast<char>('a' + (x >> 16) % 26);
  }
  EXPECT_TRUE(CheckOfficeDocument(Docx(text), "word/document.xml").ok());
}

TEST(OfficeArchiveTest, TooManyPartsAreRefused) {
  std::map<std::string, std::string> parts = {{"[Content_Types].xml", "<Types/>"},
                                              {"word/document.xml", "<w:document/>"}};
  for (int i = 0; i <= kMaxOfficeParts; ++i) parts["word/media/p" + std::to_string(i) + ".xml"] = "x";
  EXPECT_EQ(CheckOfficeDocument(test_files::MakeZip(parts), "word/document.xml").field(), "body");
}

TEST(OfficeArchiveTest, ATruncatedArchiveIsDamaged) {
  const std::string docx = Docx("<w:document>正文</w:document>");
  auto refused = CheckOfficeDocument(docx.substr(0, docx.size() / 2), "word/document.xml");
  EXPECT_EQ(refused.code(), ErrorCode::kInvalidArgument);
  EXPECT_EQ(refused.field(), "body");
}

}  // namespace
}  // namespace sanwang::governance
