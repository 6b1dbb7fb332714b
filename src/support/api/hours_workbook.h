// The yearly service hours of in-service party members (support/service_hours.h) as an
// XLSX workbook for WPS and Excel, written by libxlsxwriter through xlsx_workbook.h: one
// sheet, a row per member under their workplace, a 小计 row per workplace and a 合计 row,
// hours as numbers with one decimal. Thread-safe.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "support/service_hours.h"

namespace sanwang::api {

// The workbook's bytes; `workplace` is the filter the report was asked for ("" for all).
Result<std::string> HoursReportWorkbook(int year, const std::string& workplace,
                                        const std::vector<support::WorkplaceHours>& workplaces);

}  // namespace sanwang::api
