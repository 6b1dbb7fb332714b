// The task ledger's workbook (台账表) as an XLSX file for WPS and Excel: a title row, the
// header row (bold, frozen with the 序号 column) and one row per milestone in the columns
// of governance/ledger_workbook.h, dates as date cells (yyyy-mm-dd), 序号, 权重 and 进度 as
// numbers. Reading takes the first sheet, finds the header row among the first ten (the
// one with 序号 and 节点), maps columns by their header whatever their order, reads date
// cells given as Excel serial numbers in the date columns, and refuses a sheet that lacks a
// required column. Written with libxlsxwriter, read with xlsx_sheet_reader.h. Thread-safe:
// each call writes its own temporary file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "governance/ledger_workbook.h"

namespace sanwang::governance::io {

// The header cells, in the order the workbook writes them.
const std::vector<std::string>& LedgerColumns();

// The workbook's bytes; `title` heads the sheet.
Result<std::string> WriteLedgerWorkbook(const std::vector<LedgerRow>& rows, const std::string& title);

struct LedgerSheet {
  std::vector<LedgerRow> rows;               // blank rows left out
  std::vector<std::string> ignored_columns;  // headers the ledger has no column for
};

// InvalidArgument (bilingual, changing nothing) for a file that is not an XLSX workbook,
// has no sheet, has no header row or lacks a required column.
Result<LedgerSheet> ReadLedgerWorkbook(std::string_view xlsx);

}  // namespace sanwang::governance::io
