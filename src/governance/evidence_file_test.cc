// What passes as evidence: each allowed type when the bytes are that type, refusals naming
// the field for a type not allowed, a declared type the bytes are not, a fake PDF or a zip
// that is no Word or Excel document; and file names kept safe.
#include "governance/evidence_file.h"

#include <gtest/gtest.h>

#include "api/test_images.h"
#include "governance/evidence_test_files.h"

namespace sanwang::governance {
namespace {

TEST(EvidenceFileTest, EachAllowedTypePassesWhenTheBytesAreThatType) {
  const std::vector<std::pair<std::string, std::string>> files = {
      {"image/jpeg", api::test_images::MakeJpeg(500)},
      {"image/png", api::test_images::MakePng(500)},
      {"application/pdf", test_files::MakePdf()},
      {kDocxType, test_files::MakeDocx()},
      {kXlsxType, test_files::MakeXlsx()},
  };
  for (const auto& [type, data] : files) {
    auto checked = CheckEvidenceFile(data, type);
    ASSERT_TRUE(checked.ok()) << type << ": " << checked.status().ToString();
    EXPECT_EQ(*checked, type);
  }
  EXPECT_EQ(*CheckEvidenceFile(test_files::MakePdf(), "application/pdf; charset=binary"), "application/pdf");
}

TEST(EvidenceFileTest, RefusalsNameTheField) {
  struct Case {
    std::string data;
    std::string type;
    const char* field;
  };
  const std::vector<Case> table = {
      {"<html><script>alert(1)</script>", "text/html", "content_type"},
      {test_files::MakePdf(), "application/zip", "content_type"},
      {api::test_images::MakePng(300), "image/jpeg", "content_type"},  // says JPEG, is PNG
      {"%PDF-1.4 <html><script>", "application/pdf", "body"},          // no %%EOF
      {"<html>%%EOF", "application/pdf", "body"},                      // no %PDF- header
      {api::test_images::MakePng(300), "application/pdf", "body"},     // a photo called a PDF
      {test_files::MakeXlsx(), kDocxType, "body"},                     // a workbook called a document
      {test_files::MakeZip({{"a.txt", "x"}}), kXlsxType, "body"},      // a zip, not a workbook
      {"PK\x03\x04 not really a zip", kDocxType, "body"},
      {api::test_images::MakePng(300).substr(0, 200), "image/png", "body"},  // cut short
      {"", "image/png", "body"},
  };
  for (const Case& c : table) {
    auto checked = CheckEvidenceFile(c.data, c.type);
    EXPECT_EQ(checked.status().code(), ErrorCode::kInvalidArgument) << c.type << " " << c.field;
    EXPECT_EQ(checked.status().field(), c.field) << checked.status().ToString();
  }
}

TEST(EvidenceFileTest, NamesKeepTheirWordsLoseTheirFoldersAndTakeTheCheckedExtension) {
  EXPECT_EQ(SafeEvidenceName("培训签到表.pdf", "application/pdf"), "培训签到表.pdf");
  EXPECT_EQ(SafeEvidenceName("C:\\Users\\网格\\现场照片.JPG", "image/jpeg"), "现场照片.jpg");
  EXPECT_EQ(SafeEvidenceName("photo.jpeg", "image/jpeg"), "photo.jpg");
  EXPECT_EQ(SafeEvidenceName("../../etc/passwd", "application/pdf"), "passwd.pdf");
  EXPECT_EQ(SafeEvidenceName("a\"b<c>|d\r\n.xlsx", kXlsxType), "abcd.xlsx");
  EXPECT_EQ(SafeEvidenceName("report.pdf", "image/png"), "report.pdf.png");
  EXPECT_EQ(SafeEvidenceName("", "application/pdf"), "evidence.pdf");
  EXPECT_EQ(SafeEvidenceName("...", kDocxType), "evidence.docx");
  EXPECT_EQ(SafeEvidenceName("\xFF\xFE bad", "image/png"), "evidence.png");
  std::string long_name;
  for (int i = 0; i < 100; ++i) long_name += "长";  // three bytes each
  const std::string kept = SafeEvidenceName(long_name + ".pdf", "application/pdf");
  EXPECT_LE(kept.size(), kMaxEvidenceNameBytes);
  EXPECT_EQ(kept.substr(kept.size() - 4), ".pdf");
  EXPECT_EQ((kept.size() - 4) % 3, 0u) << "cut inside a character: " << kept;
}

}  // namespace
}  // namespace sanwang::governance
