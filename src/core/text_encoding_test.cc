#include "core/text_encoding.h"

#include <gtest/gtest.h>

#include "core/csv.h"

namespace sanwang {
namespace {

// "username,display_name\nzhang,张三\nli,李四·测试\n" saved as GBK (iconv -f UTF-8 -t GBK).
constexpr char kGbkStaff[] =
    "username,display_name\nzhang,\xd5\xc5\xc8\xfd\nli,\xc0\xee\xcb\xc4\xa1\xa4\xb2\xe2\xca\xd4\n";

TEST(TextEncodingTest, Utf8IsKeptAsItIs) {
  auto decoded = DecodeImportText("网格员,张三\n");
  ASSERT_TRUE(decoded.ok());
  EXPECT_EQ(decoded->utf8, "网格员,张三\n");
  EXPECT_EQ(decoded->source, TextEncoding::kUtf8);
}

TEST(TextEncodingTest, GbkIsConvertedToUtf8) {
  auto decoded = DecodeImportText("\xcd\xf8\xb8\xf1\xd4\xb1");  // 网格员
  ASSERT_TRUE(decoded.ok()) << decoded.status().ToString();
  EXPECT_EQ(decoded->utf8, "网格员");
  EXPECT_EQ(decoded->source, TextEncoding::kGb18030);
}

TEST(TextEncodingTest, BytesInNeitherEncodingAreRefusedWithABilingualMessage) {
  for (std::string_view bad : {std::string_view("zhang,\xff\xfe\n"), std::string_view("\x80"),
                               std::string_view("\xd5\xc5\xc8")}) {  // the last: 张 and half a character
    auto decoded = DecodeImportText(bad, "staff");
    ASSERT_FALSE(decoded.ok()) << decoded->utf8;
    EXPECT_EQ(decoded.status().code(), ErrorCode::kInvalidArgument);
    EXPECT_EQ(decoded.status().field(), "staff");
    EXPECT_NE(decoded.status().message().find("UTF-8"), std::string::npos);
    EXPECT_NE(decoded.status().message().find("编码"), std::string::npos);
  }
}

TEST(TextEncodingTest, AGbkCsvIsReadAsUtf8Fields) {
  auto table = CsvTable::Parse(kGbkStaff, {"username", "display_name"});
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  ASSERT_EQ(table->size(), 2u);
  EXPECT_EQ(table->Get(0, "display_name"), "张三");
  EXPECT_EQ(table->Get(1, "display_name"), "李四·测试");
}

}  // namespace
}  // namespace sanwang
