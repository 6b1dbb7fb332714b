// Files as old systems export them, for the import's tests: text saved as GB18030 (as Excel
// in China saves CSV) and a workbook written by libxlsxwriter. Test code.
#pragma once

#include <unicode/ucnv.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <variant>
#include <vector>

namespace sanwang::case_import::testing {

// `utf8` converted to GB18030 by ICU; empty when the conversion fails.
inline std::string ToGb18030(const std::string& utf8) {
  UErrorCode error = U_ZERO_ERROR;
  std::string out(utf8.size() * 2 + 16, '\0');
  int32_t n = ucnv_convert("gb18030", "utf-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &error);
  if (U_FAILURE(error)) return {};
  out.resize(static_cast<std::size_t>(n));
  return out;
}

// A cell of a test workbook: text, or a number (an Excel date serial in a time column).
using TestCell = std::variant<std::string, double>;

// The bytes of a workbook whose first sheet holds `rows`.
inline std::string XlsxOf(const std::vector<std::vector<TestCell>>& rows) {
  const std::filesystem::path path = std::filesystem::temp_directory_path() /
                                     ("sanwang-import-" + std::to_string(getpid()) + "-" +
                                      std::to_string(reinterpret_cast<std::uintptr_t>(&rows)) + ".xlsx");
  lxw_workbook* book = workbook_new(path.c_str());
  lxw_worksheet* sheet = workbook_add_worksheet(book, "工单");
  for (std::size_t r = 0; r < rows.size(); ++r) {
    for (std::size_t c = 0; c < rows[r].size(); ++c) {
      const auto row = static_cast<lxw_row_t>(r);
      const auto col = static_cast<lxw_col_t>(c);
      if (const auto* text = std::get_if<std::string>(&rows[r][c])) {
        worksheet_write_string(sheet, row, col, text->c_str(), nullptr);
      } else {
        worksheet_write_number(sheet, row, col, std::get<double>(rows[r][c]), nullptr);
      }
    }
  }
  if (workbook_close(book) != LXW_NO_ERROR) return {};
  std::ifstream in(path, std::ios::binary);
  std::stringstream bytes;
  bytes << in.rdbuf();
  std::filesystem::remove(path);
  return bytes.str();
}

}  // namespace sanwang::case_import::testing
