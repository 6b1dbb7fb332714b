// The drawers of a report's tables and bar charts on PDF pages (pdf_pages.h), each from
// the pen down, breaking pages as they go. Internal to pdf_renderer.cc.
#pragma once

#include <vector>

#include "report/pdf_pages.h"
#include "report/report_document.h"

namespace sanwang::report {

// Column widths in points that fill `available_pt`: a hinted column its hint in
// characters of `size_pt` plus its padding on both sides, the others their widest cell;
// when they need more than there is, narrow columns keep their width and the wide ones
// share the rest. `natural_pt` is each column's widest cell (padding included).
std::vector<double> FitColumnWidths(const Table& table, const std::vector<double>& natural_pt, double size_pt,
                                    double padding_pt, double available_pt);

void DrawTable(PdfPages& pages, const Table& table);
void DrawBarChart(PdfPages& pages, const BarChart& chart);

}  // namespace sanwang::report
