#include "support/api/xlsx_workbook.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace sanwang::api {
namespace {

// A file name of our own in the temporary folder.
std::string TemporaryPath() {
  std::string pattern = (std::filesystem::temp_directory_path() / "sanwang-workbook-XXXXXX").string();
  const int fd = mkstemp(pattern.data());
  if (fd < 0) return "";
  close(fd);
  return pattern;
}

}  // namespace

Result<std::string> WriteWorkbook(const std::function<void(lxw_workbook*)>& fill) {
  const std::string path = TemporaryPath();
  if (path.empty()) return Internal("cannot create a temporary file for the workbook");
  lxw_workbook* book = workbook_new(path.c_str());
  if (book == nullptr) {
    std::filesystem::remove(path);
    return Internal("cannot start the workbook");
  }
  fill(book);
  const lxw_error error = workbook_close(book);
  std::ostringstream bytes;
  bytes << std::ifstream(path, std::ios::binary).rdbuf();
  std::filesystem::remove(path);
  if (error != LXW_NO_ERROR) return Internal(std::string("workbook not written: ") + lxw_strerror(error));
  return bytes.str();
}

void WriteHeaderRow(lxw_worksheet* sheet, lxw_row_t row, const std::vector<const char*>& titles,
                    lxw_format* f) {
  for (std::size_t c = 0; c < titles.size(); ++c) {
    worksheet_write_string(sheet, row, static_cast<lxw_col_t>(c), titles[c], f);
  }
}

}  // namespace sanwang::api
