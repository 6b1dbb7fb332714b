// Reads the first worksheet of an XLSX workbook (as written by Excel, WPS or libxlsxwriter)
// as rows of cell texts: shared strings, inline strings and formula strings as their text,
// numbers as Excel wrote them ("12", "46203", "0.5"), booleans as "0"/"1". Whether a cell is
// a number is kept, so that a caller can read an Excel date serial in a date column; the
// workbook's date system (1900 or 1904) comes along for that. Styles, formulas and other
// sheets are not read. Debian has no maintained XLSX-reading C library, so this is a small
// reader over libzip and expat. Pure functions over the file's bytes; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "core/time.h"

namespace sanwang::report {

struct SheetCell {
  std::string text;
  bool number = false;  // a numeric cell (t="n" or no type): text is Excel's number
};

struct SheetRow {
  int number = 0;                // the row's number in the sheet, from 1
  std::vector<SheetCell> cells;  // by column from A; columns left out are empty
};

struct Sheet {
  std::string name;
  bool date1904 = false;  // the workbook counts dates from 1904 (old Mac Excel)
  std::vector<SheetRow> rows;
};

// InvalidArgument (bilingual) when the bytes are not a zip, not a workbook, or have no sheet.
Result<Sheet> ReadFirstSheet(std::string_view xlsx);

// The day an Excel date serial names (the integer part; a time of day is dropped), or
// InvalidArgument when it is not a plausible date (before 1900-03-01 or after 9999).
Result<LocalDate> ExcelSerialDate(std::string_view serial, bool date1904);

}  // namespace sanwang::report
