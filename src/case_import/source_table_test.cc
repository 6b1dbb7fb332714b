#include "case_import/source_table.h"

#include <gtest/gtest.h>

#include "case_import/import_test_files.h"

namespace sanwang::case_import {
namespace {

constexpr const char* kCsv =
    "工单编号,受理时间,诉求标题\n"
    "GD-1,2024-03-05 14:22,\"路灯不亮, 已两天\"\n"
    "GD-2,2024-03-06 09:00,井盖缺失\n";

TEST(SourceTableTest, ReadsAUtf8CsvWithItsHeader) {
  auto table = ReadSourceTable(std::string("\xEF\xBB\xBF") + kCsv);  // with the byte order mark
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  EXPECT_EQ(table->format, "CSV (UTF-8)");
  EXPECT_EQ(table->ColumnIndex("工单编号"), 0);
  EXPECT_EQ(table->ColumnIndex("诉求标题"), 2);
  EXPECT_EQ(table->ColumnIndex("办理状态"), -1);
  ASSERT_EQ(table->rows.size(), 2u);
  EXPECT_EQ(table->rows[0].row, 2u);
  EXPECT_EQ(table->rows[0].cells[2].text, "路灯不亮, 已两天");
  EXPECT_FALSE(table->rows[0].cells[1].number);
}

TEST(SourceTableTest, AGbkCsvAsExcelSavesItIsConverted) {
  const std::string gbk = testing::ToGb18030(kCsv);
  ASSERT_FALSE(gbk.empty());
  ASSERT_NE(gbk, kCsv);
  auto table = ReadSourceTable(gbk);
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  EXPECT_EQ(table->format, "CSV (GB18030)");
  EXPECT_EQ(table->ColumnIndex("受理时间"), 1);
  EXPECT_EQ(table->rows.at(1).cells.at(2).text, "井盖缺失");
}

TEST(SourceTableTest, ReadsTheFirstSheetOfAWorkbookKeepingWhichCellsAreNumbers) {
  auto table = ReadSourceTable(testing::XlsxOf({{std::string("工单编号"), std::string("受理时间")},
                                                {std::string("GD-1"), 45356.6},
                                                {std::string("GD-2"), std::string("2024-03-06 09:00")}}));
  ASSERT_TRUE(table.ok()) << table.status().ToString();
  EXPECT_EQ(table->format, "XLSX");
  ASSERT_EQ(table->rows.size(), 2u);
  EXPECT_EQ(table->rows[0].row, 2u);
  EXPECT_TRUE(table->rows[0].cells[1].number);
  EXPECT_EQ(table->rows[0].cells[1].text, "45356.6");
  EXPECT_FALSE(table->rows[1].cells[1].number);
}

TEST(SourceTableTest, AFileThatCannotBeReadIsRefused) {
  for (const std::string& bad :
       {std::string(""), std::string("工单编号,\"未闭合\n"), std::string("id\n\xff\xfe\x80\n"),
        std::string("PK\x03\x04 not really a zip")}) {
    auto table = ReadSourceTable(bad);
    ASSERT_FALSE(table.ok()) << bad;
    EXPECT_EQ(table.status().code(), ErrorCode::kInvalidArgument) << table.status().ToString();
  }
}

}  // namespace
}  // namespace sanwang::case_import
