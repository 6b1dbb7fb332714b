#include "report/xlsx_sheet_reader.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace sanwang::report {
namespace {

std::string TemporaryPath() {
  std::string pattern = (std::filesystem::temp_directory_path() / "sanwang-reader-test-XXXXXX").string();
  const int fd = mkstemp(pattern.data());
  close(fd);
  return pattern;
}

std::string Slurp(const std::string& path) {
  std::ostringstream bytes;
  bytes << std::ifstream(path, std::ios::binary).rdbuf();
  std::filesystem::remove(path);
  return bytes.str();
}

// A zip of the given parts, as a hand-made workbook.
std::string Zip(const std::vector<std::pair<std::string, std::string>>& parts) {
  const std::string path = TemporaryPath();
  int error = 0;
  zip_t* archive = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  EXPECT_NE(archive, nullptr);
  for (const auto& [name, text] : parts) {
    zip_source_t* source = zip_source_buffer(archive, text.data(), text.size(), 0);
    EXPECT_GE(zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE), 0);
  }
  EXPECT_EQ(zip_close(archive), 0);
  return Slurp(path);
}

int DaysBetween(LocalDate from, LocalDate to) {
  return static_cast<int>((std::chrono::sys_days{to} - std::chrono::sys_days{from}).count());
}

TEST(ExcelSerialDate, CountsFromTheEndOf1899OrFrom1904) {
  using std::chrono::year;
  const LocalDate due = year{2026} / 6 / 30;
  const int serial = DaysBetween(year{1899} / 12 / 30, due);
  auto read = ExcelSerialDate(std::to_string(serial), false);
  ASSERT_TRUE(read.ok()) << read.status().ToString();
  EXPECT_EQ(FormatDate(*read), "2026-06-30");
  auto with_time = ExcelSerialDate(std::to_string(serial) + ".75", false);
  ASSERT_TRUE(with_time.ok());
  EXPECT_EQ(FormatDate(*with_time), "2026-06-30");
  auto mac = ExcelSerialDate(std::to_string(DaysBetween(year{1904} / 1 / 1, due)), true);
  ASSERT_TRUE(mac.ok());
  EXPECT_EQ(FormatDate(*mac), "2026-06-30");
}

TEST(ExcelSerialDate, RefusesWhatIsNotADate) {
  EXPECT_FALSE(ExcelSerialDate("abc", false).ok());
  EXPECT_FALSE(ExcelSerialDate("", false).ok());
  EXPECT_FALSE(ExcelSerialDate("12", false).ok());  // before 1900-03-01, where Excel's count is wrong
  EXPECT_FALSE(ExcelSerialDate("-3", true).ok());
  EXPECT_FALSE(ExcelSerialDate("99999999", false).ok());
}

TEST(ReadFirstSheet, ReadsStringsNumbersAndGapsOfALibxlsxwriterWorkbook) {
  const std::string path = TemporaryPath();
  lxw_workbook* book = workbook_new(path.c_str());
  lxw_worksheet* first = workbook_add_worksheet(book, "台账");
  lxw_worksheet* second = workbook_add_worksheet(book, "其他");
  worksheet_write_string(first, 0, 0, "标题", nullptr);
  worksheet_write_string(first, 2, 0, "节点", nullptr);
  worksheet_write_number(first, 2, 2, 42, nullptr);
  worksheet_write_number(first, 2, 27, 0.5, nullptr);
  worksheet_write_string(first, 3, 1, "节点", nullptr);  // the same shared string again
  worksheet_write_string(second, 0, 0, "不读", nullptr);
  ASSERT_EQ(workbook_close(book), LXW_NO_ERROR);

  auto sheet = ReadFirstSheet(Slurp(path));
  ASSERT_TRUE(sheet.ok()) << sheet.status().ToString();
  EXPECT_EQ(sheet->name, "台账");
  EXPECT_FALSE(sheet->date1904);
  ASSERT_EQ(sheet->rows.size(), 3u);
  EXPECT_EQ(sheet->rows[0].number, 1);
  EXPECT_EQ(sheet->rows[0].cells.at(0).text, "标题");
  const SheetRow& row3 = sheet->rows[1];
  EXPECT_EQ(row3.number, 3);
  ASSERT_EQ(row3.cells.size(), 28u);  // up to column AB
  EXPECT_EQ(row3.cells[0].text, "节点");
  EXPECT_FALSE(row3.cells[0].number);
  EXPECT_TRUE(row3.cells[1].text.empty());
  EXPECT_EQ(row3.cells[2].text, "42");
  EXPECT_TRUE(row3.cells[2].number);
  EXPECT_EQ(row3.cells[27].text, "0.5");
  EXPECT_EQ(sheet->rows[2].number, 4);
  EXPECT_EQ(sheet->rows[2].cells.at(1).text, "节点");
}

// As some writers save: prefixed elements, inline strings with runs and a phonetic run, a
// formula's cached string, no shared strings part, the 1904 date system, an absolute target.
TEST(ReadFirstSheet, ReadsInlineStringsPrefixedElementsAndThe1904DateSystem) {
  const std::string ns = R"(xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main")";
  const std::string rels_ns =
      R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")";
  const std::string workbook = "<x:workbook " + ns + " " + rels_ns +
                               R"(><x:workbookPr date1904="1"/><x:sheets><x:sheet name="表一" sheetId="7" )"
                               R"(r:id="rId3"/></x:sheets></x:workbook>)";
  const std::string rels =
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId3" Type="worksheet" Target="/xl/worksheets/data.xml"/></Relationships>)";
  const std::string data =
      "<x:worksheet " + ns +
      R"(><x:sheetData><x:row r="2"><x:c r="B2" t="inlineStr"><x:is><x:r><x:t>牵头</x:t>)"
      R"(</x:r><x:r><x:t>单位</x:t></x:r><x:rPh><x:t>ひ</x:t></x:rPh></x:is></x:c>)"
      R"(<x:c t="str"><x:f>A1</x:f><x:v>公式</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c>)"
      R"(</x:row></x:sheetData></x:worksheet>)";
  auto sheet = ReadFirstSheet(Zip({{"xl/workbook.xml", workbook},
                                   {"xl/_rels/workbook.xml.rels", rels},
                                   {"xl/worksheets/data.xml", data}}));
  ASSERT_TRUE(sheet.ok()) << sheet.status().ToString();
  EXPECT_EQ(sheet->name, "表一");
  EXPECT_TRUE(sheet->date1904);
  ASSERT_EQ(sheet->rows.size(), 1u);
  EXPECT_EQ(sheet->rows[0].number, 2);
  ASSERT_EQ(sheet->rows[0].cells.size(), 4u);
  EXPECT_EQ(sheet->rows[0].cells[1].text, "牵头单位");
  EXPECT_EQ(sheet->rows[0].cells[2].text, "公式");
  EXPECT_FALSE(sheet->rows[0].cells[2].number);
  EXPECT_EQ(sheet->rows[0].cells[3].text, "1");
}

TEST(ReadFirstSheet, RefusesWhatIsNotAWorkbook) {
  auto csv = ReadFirstSheet("序号,工程\n1,“1369”工程\n");
  ASSERT_FALSE(csv.ok());
  EXPECT_EQ(csv.status().code(), ErrorCode::kInvalidArgument);
  EXPECT_NE(csv.status().message().find("不是有效的 xlsx 工作簿"), std::string::npos);
  EXPECT_NE(csv.status().message().find("not an XLSX workbook"), std::string::npos);

  auto other_zip = ReadFirstSheet(Zip({{"readme.txt", "hello"}}));
  ASSERT_FALSE(other_zip.ok());
  EXPECT_NE(other_zip.status().message().find("xl/workbook.xml"), std::string::npos);

  auto no_sheet = ReadFirstSheet(Zip({{"xl/workbook.xml", "<workbook><sheets/></workbook>"}}));
  ASSERT_FALSE(no_sheet.ok());
  EXPECT_NE(no_sheet.status().message().find("no sheet"), std::string::npos);

  auto broken = ReadFirstSheet(Zip({{"xl/workbook.xml", "<workbook><sheets><sheet r:id="}}));
  ASSERT_FALSE(broken.ok());
  EXPECT_EQ(broken.status().code(), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace sanwang::report
