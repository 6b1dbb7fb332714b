// The report document: what a published report says, in an order of blocks, with nothing
// about how it looks. The governance layer fills one (an assessment notice, 通报, with its
// rankings table and chart); pdf_renderer.h and xlsx_renderer.h turn the same document
// into a printable PDF and a workbook.
//
// Plain values: copyable, no shared state. Every member has a default (empty), so that a
// designated initializer may name only those it fills. CheckDocument says whether a
// document can be rendered; both renderers call it first.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/status.h"
#include "core/time.h"

namespace sanwang::report {

enum class Align { kLeft, kCentre, kRight };

// A section heading (一、二、… in a notice).
struct Heading {
  std::string text = {};
};

// Plain running text; it wraps to the page (in PDF) or the cell (in XLSX).
struct Paragraph {
  std::string text = {};
};

// A table of text. Every row has one cell per column. `align` and `width_hints` may be
// shorter than `columns` (missing entries: left, and a width from content). A width hint
// is the column's width in Chinese characters, 0 meaning "from content"; when the hints
// and contents need more than the page, narrow columns keep their width, the wide ones
// share the rest and their text wraps. The title heads the table in PDF and names its sheet in XLSX. In PDF a
// table longer than a page continues on the next with its header repeated; a cell
// taller than half a page is cut there with an ellipsis (the workbook keeps it whole).
struct Table {
  std::string title = {};
  std::vector<std::string> columns = {};
  std::vector<std::vector<std::string>> rows = {};
  std::vector<Align> align = {};
  std::vector<double> width_hints = {};
};

// Horizontal bars, one per label, so that Chinese labels read in full; each bar's value
// is printed at its end followed by `unit` ("分"). Values are finite and not negative.
struct BarChart {
  std::string title = {};
  std::vector<std::string> labels = {};
  std::vector<double> values = {};
  std::string unit = {};
};

using Block = std::variant<Heading, Paragraph, Table, BarChart>;

struct ReportDocument {
  std::string title = {};
  std::string subtitle = {};
  std::string number = {};  // the document number, "卫都区〔2026〕第 3 期"
  std::string issuer = {};  // the issuing body
  std::optional<LocalDate> issued_on = {};
  std::vector<Block> blocks = {};
};

// A document either renderer can draw: valid UTF-8 everywhere, each table's rows as wide
// as its header and no more hints than columns, each chart with one finite, non-negative
// value per label. Errors are Chinese and English and name the block ("blocks[2].values[1]").
Status CheckDocument(const ReportDocument& document);

// "2026年12月5日", as dates are written in Chinese official documents.
std::string ChineseDate(LocalDate date);

// A value as the chart prints it: at most two decimals, no trailing zeros ("87.5", "90").
std::string FormatValue(double value);

}  // namespace sanwang::report
