// The execution report (support/budget_report.h) as an XLSX workbook for WPS and Excel,
// written by libxlsxwriter: a sheet of the unit's and its child units' lines per category
// and a sheet of the monthly spending, Chinese headers, amounts in 元 shown with two
// decimals by a number format on the integer 分 divided by 100. Thread-safe: each call
// writes its own temporary file.
#pragma once

#include <string>

#include "core/status.h"
#include "support/budget_report.h"

namespace sanwang::api {

// The workbook's bytes.
Result<std::string> BudgetReportWorkbook(const support::BudgetReport& report);

}  // namespace sanwang::api
