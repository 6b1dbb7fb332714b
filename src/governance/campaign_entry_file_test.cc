#include "governance/campaign_entry_file.h"

#include <gtest/gtest.h>

#include "api/test_images.h"
#include "core/upload_check.h"
#include "governance/evidence_file.h"
#include "governance/evidence_test_files.h"

namespace sanwang::governance {
namespace {

const std::vector<std::string> kAll = {"docx", "pdf", "txt", "image"};
constexpr std::int64_t kMiB = std::int64_t{1} << 20;

std::string Docx(const std::string& body) {
  return test_files::MakeZip({{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", body}});
}

TEST(CampaignEntryFileTest, EachKindPassesWhenTheBytesAreThatKind) {
  const std::vector<std::pair<std::string, std::string>> files = {
      {test_files::MakeDocx(), kDocxType},
      {test_files::MakePdf(), "application/pdf"},
      {"我与政协\n\t第一段。\r\n", "text/plain; charset=utf-8"},
      {api::test_images::MakeJpeg(200), "image/jpeg"}};
  for (const auto& [data, type] : files) {
    auto checked = CheckEntryFile(data, type, kAll, kMiB);
    ASSERT_TRUE(checked.ok()) << type << ": " << checked.status().ToString();
    EXPECT_EQ(*checked, MediaTypeOf(type));
  }
}

TEST(CampaignEntryFileTest, TheBytesDecideNotTheNameOrTheDeclaredType) {
  const std::string elf = std::string(
                              "\x7F"
                              "ELF\x02\x01\x01",
                              7) +
                          std::string(200, '\0');
  for (const char* type : {"application/pdf", kDocxType, "image/png", "text/plain"}) {
    auto refused = CheckEntryFile(elf, type, kAll, kMiB);
    EXPECT_EQ(refused.status().code(), ErrorCode::kInvalidArgument) << type;
    EXPECT_EQ(refused.status().field(), "body") << type;
  }
  EXPECT_EQ(CheckEntryFile(elf, "application/x-msdownload", kAll, kMiB).status().field(), "content_type");
  // A kind the campaign does not take, however whole.
  EXPECT_EQ(CheckEntryFile(test_files::MakePdf(), "application/pdf", {"docx"}, kMiB).status().field(),
            "content_type");
  EXPECT_EQ(CheckEntryFile(test_files::MakeXlsx(), kXlsxType, kAll, kMiB).status().field(), "content_type");
  // Empty, too large, and text that is not text.
  EXPECT_EQ(CheckEntryFile("", "text/plain", kAll, kMiB).status().field(), "body");
  EXPECT_EQ(CheckEntryFile(test_files::MakePdf(2000), "application/pdf", kAll, 1000).status().field(),
            "body");
  EXPECT_EQ(CheckEntryFile(std::string("a\0b", 3), "text/plain", kAll, kMiB).status().field(), "body");
  EXPECT_EQ(CheckEntryFile("\xC3\x28", "text/plain", kAll, kMiB).status().field(), "body");
}

TEST(CampaignEntryFileTest, AZipBombInADocxIsRefused) {
  const std::string bomb = Docx(std::string(std::size_t{4} << 20, ' '));
  auto refused = CheckEntryFile(bomb, kDocxType, kAll, kMiB);
  EXPECT_EQ(refused.status().field(), "body");
  EXPECT_NE(refused.status().message().find("压缩炸弹"), std::string::npos);
}

TEST(CampaignEntryFileTest, AWordEntrysTextIsItsParagraphs) {
  const std::string docx = Docx(
      R"(<w:document><w:body><w:p><w:r><w:t>我与</w:t></w:r><w:r><w:t xml:space="preserve">政协 </w:t></w:r></w:p>)"
      R"(<w:p><w:r><w:t>A &amp; B &lt;C&gt; &#x4E2D;&#25991;</w:t><w:tab/><w:t>end</w:t></w:r></w:p>)"
      R"(<w:p/></w:body></w:document>)");
  auto text = EntryText(docx, kDocxType);
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  EXPECT_EQ(*text, "我与政协 \nA & B <C> 中文\tend\n");
  EXPECT_EQ(*EntryText("第一段\n第二段", "text/plain"), "第一段\n第二段");
  EXPECT_EQ(*EntryText(test_files::MakePdf(), "application/pdf"), "");
}

TEST(CampaignEntryFileTest, NamesAreMadeSafeAndTakeTheCheckedExtension) {
  EXPECT_EQ(SafeEntryName("../../我的作品.exe", "text/plain"), "我的作品.exe.txt");
  EXPECT_EQ(SafeEntryName("征文.docx", kDocxType), "征文.docx");
  EXPECT_EQ(SafeEntryName("photo.JPEG", "image/jpeg"), "photo.jpg");
}

}  // namespace
}  // namespace sanwang::governance
