// A report document (report_document.h) as an XLSX workbook: a first sheet "正文" with
// the masthead (title, subtitle, number, issuing body, date) and the headings and
// paragraphs in order, pointing to the sheets that hold the rest; then each table on a
// sheet of its own (named after its title, sheet_names.h) with its title, a bold frozen
// header row with filters, columns as wide as their content, and cells that read as
// numbers stored as numbers (number_text.h); each bar chart's labels and values on a
// sheet with Excel's own bar chart of them.
//
// Thread-safe: each call builds its workbook alone. libxlsxwriter 1.1 writes only to
// files, so the workbook goes through a temporary file of its own that is removed on
// every path.
#pragma once

#include <string>

#include "core/status.h"
#include "report/report_document.h"

namespace sanwang::report {

// The workbook's bytes. Refuses a document CheckDocument refuses (invalid_argument).
Result<std::string> RenderXlsx(const ReportDocument& document);

}  // namespace sanwang::report
