// Header mapping and row reading shared by the roster's and the venues' CSV: Chinese or
// English headers, unknown and missing columns named, fields read by name with their
// errors naming row and column.
#include "support/csv_columns.h"

#include <gtest/gtest.h>

namespace sanwang::support {
namespace {

const CsvColumnSet kColumns = {.names = {"id", "name", "seats", "open"},
                               .chinese_names = {{"编号", "id"}, {"名称", "name"}, {"座位", "seats"}},
                               .required = {"name"}};

TEST(CsvColumnsTest, ChineseAndEnglishHeadersMapToTheirPositions) {
  auto index = MapCsvHeader({"名称", "open", "编号"}, kColumns);
  ASSERT_TRUE(index.ok()) << index.status().ToString();
  EXPECT_EQ(*index, (CsvColumnIndex{{"name", 0}, {"open", 1}, {"id", 2}}));
}

TEST(CsvColumnsTest, AnUnknownColumnIsNamedOnRowOne) {
  auto index = MapCsvHeader({"name", "colour"}, kColumns);
  ASSERT_FALSE(index.ok());
  EXPECT_EQ(index.status().field(), "colour");
  EXPECT_EQ(index.status().message(), "第 1 行 row 1, colour: 未知的列 unknown column");
}

TEST(CsvColumnsTest, AMissingRequiredColumnIsNamed) {
  auto index = MapCsvHeader({"编号", "seats"}, kColumns);
  ASSERT_FALSE(index.ok());
  EXPECT_EQ(index.status().field(), "name");
  EXPECT_EQ(index.status().message(), "第 1 行 row 1, name: 缺少此列 the column is missing");
}

TEST(CsvColumnsTest, ARowReadsByNameAndLeavesDefaultsForAbsentOrEmptyFields) {
  const CsvColumnIndex index = {{"name", 0}, {"seats", 1}, {"open", 2}};
  const CsvRow row = {"活动室", "", "是"};
  CsvRowReader reader(row, index, 3);
  std::int64_t seats = 12;
  bool open = false;
  std::optional<double> id;
  EXPECT_EQ(reader.Text("name"), "活动室");
  EXPECT_TRUE(reader.Integer("seats", seats).ok());
  EXPECT_EQ(seats, 12);
  EXPECT_TRUE(reader.Bool("open", open).ok());
  EXPECT_TRUE(open);
  EXPECT_FALSE(reader.Has("id"));
  EXPECT_TRUE(reader.Real("id", id).ok());
  EXPECT_FALSE(id.has_value());
}

TEST(CsvColumnsTest, ABadFieldNamesItsRowAndColumn) {
  const CsvColumnIndex index = {{"seats", 0}, {"open", 1}};
  const CsvRow row = {"12a", "maybe"};
  CsvRowReader reader(row, index, 4);
  std::int64_t seats = 0;
  bool open = false;
  Status integer = reader.Integer("seats", seats);
  EXPECT_EQ(integer.field(), "seats");
  EXPECT_EQ(integer.message(), "第 4 行 row 4, seats: 应为整数 must be a whole number");
  EXPECT_EQ(reader.Bool("open", open).field(), "open");
}

struct Named {
  std::string name;
  std::size_t row;
};

Result<Named> ReadNamed(const CsvRowReader& r) { return Named{r.Text("name"), r.number()}; }

TEST(CsvColumnsTest, RecordsKeepTheirRowNumbersAndSkipBlankLines) {
  auto records = ReadCsvRecords<Named>("名称,编号\n甲,1\n乙,2\n\n", kColumns, ReadNamed);
  ASSERT_TRUE(records.ok()) << records.status().ToString();
  ASSERT_EQ(records->size(), 2u);
  EXPECT_EQ((*records)[1].name, "乙");
  EXPECT_EQ((*records)[1].row, 3u);
}

TEST(CsvColumnsTest, ARowOfAnotherWidthOrAnEmptyFileIsRefused) {
  auto narrow = ReadCsvRecords<Named>("name,id\n甲\n", kColumns, ReadNamed);
  ASSERT_FALSE(narrow.ok());
  EXPECT_EQ(narrow.status().field(), "row");
  EXPECT_EQ(ReadCsvRecords<Named>("", kColumns, ReadNamed).status().field(), "file");
}

}  // namespace
}  // namespace sanwang::support
