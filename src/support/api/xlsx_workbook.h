// What the support net's XLSX workbooks share (the budget report's, budget_workbook.h, and
// the service hours', hours_workbook.h): libxlsxwriter 1.1 writes only to files, so a
// workbook is written to a temporary file of its own, read back and removed on every
// path; bold header rows. Thread-safe: each call has its own file.
#pragma once

#include <xlsxwriter.h>

#include <functional>
#include <string>
#include <vector>

#include "core/status.h"

namespace sanwang::api {

// The bytes of a workbook that `fill` writes its sheets into.
Result<std::string> WriteWorkbook(const std::function<void(lxw_workbook*)>& fill);

// Writes `titles` across row `row` from column A in format `f`.
void WriteHeaderRow(lxw_worksheet* sheet, lxw_row_t row, const std::vector<const char*>& titles,
                    lxw_format* f);

}  // namespace sanwang::api
