#include <algorithm>
#include <numeric>
#include <string>

#include "report/pdf_blocks.h"

namespace sanwang::report {
namespace {

constexpr double kSizePt = 10;
constexpr double kTitleSizePt = 11;
constexpr double kPaddingPt = 4;
constexpr double kRulePt = 0.5;

// One row of cells laid out to their column widths.
struct LaidOutRow {
  std::vector<LayoutPtr> cells;
  double height = 0;
};

Align AlignOf(const Table& table, std::size_t column) {
  return column < table.align.size() ? table.align[column] : Align::kLeft;
}

double HintOf(const Table& table, std::size_t column) {
  return column < table.width_hints.size() ? table.width_hints[column] : 0;
}

std::vector<double> NaturalWidths(const PdfPages& pages, const Table& table) {
  std::vector<double> widths(table.columns.size(), 0);
  for (std::size_t c = 0; c < widths.size(); ++c) {
    widths[c] = pages.NaturalWidth(table.columns[c], {.size_pt = kSizePt, .bold = true});
    for (const auto& row : table.rows)
      widths[c] = std::max(widths[c], pages.NaturalWidth(row[c], {.size_pt = kSizePt}));
    widths[c] += 2 * kPaddingPt;
  }
  return widths;
}

LaidOutRow LayOutRow(const PdfPages& pages, const Table& table, const std::vector<std::string>& texts,
                     const std::vector<double>& widths, bool header) {
  LaidOutRow row;
  for (std::size_t c = 0; c < texts.size(); ++c) {
    const TextStyle style{
        .size_pt = kSizePt, .bold = header, .align = header ? Align::kCentre : AlignOf(table, c)};
    row.cells.push_back(pages.Layout(texts[c], style, widths[c] - 2 * kPaddingPt));
    // A row never needs more than half a page, so it always fits below the header; text
    // beyond that ends in an ellipsis.
    pango_layout_set_height(row.cells.back().get(), static_cast<int>(pages.BodyHeight() / 2 * PANGO_SCALE));
    pango_layout_set_ellipsize(row.cells.back().get(), PANGO_ELLIPSIZE_END);
    row.height = std::max(row.height, PdfPages::HeightOf(row.cells.back().get()) + 2 * kPaddingPt);
  }
  return row;
}

void DrawCellFrame(cairo_t* cr, double x, double y, double width, double height, bool header) {
  cairo_rectangle(cr, x, y, width, height);
  if (header) {
    cairo_set_source_rgb(cr, 0.92, 0.92, 0.92);
    cairo_fill_preserve(cr);
  }
  cairo_set_source_rgb(cr, 0.45, 0.45, 0.45);
  cairo_set_line_width(cr, kRulePt);
  cairo_stroke(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
}

void DrawRow(PdfPages& pages, const LaidOutRow& row, const std::vector<double>& widths, bool header) {
  double x = pages.Left();
  for (std::size_t c = 0; c < row.cells.size(); ++c) {
    DrawCellFrame(pages.cr(), x, pages.Y(), widths[c], row.height, header);
    const double text_height = PdfPages::HeightOf(row.cells[c].get());
    pages.Draw(row.cells[c].get(), x + kPaddingPt, pages.Y() + (row.height - text_height) / 2);
    x += widths[c];
  }
  pages.Advance(row.height);
}

void DrawNoRows(PdfPages& pages) {
  const double width = pages.ContentWidth();
  const LayoutPtr text =
      pages.Layout("无数据 No rows", {.size_pt = kSizePt, .align = Align::kCentre}, width - 2 * kPaddingPt);
  const double height = PdfPages::HeightOf(text.get()) + 2 * kPaddingPt;
  DrawCellFrame(pages.cr(), pages.Left(), pages.Y(), width, height, false);
  pages.Draw(text.get(), pages.Left() + kPaddingPt, pages.Y() + kPaddingPt);
  pages.Advance(height);
}

}  // namespace

std::vector<double> FitColumnWidths(const Table& table, const std::vector<double>& natural_pt, double size_pt,
                                    double padding_pt, double available_pt) {
  const std::size_t n = natural_pt.size();
  std::vector<double> want(n);
  for (std::size_t c = 0; c < n; ++c)
    want[c] = HintOf(table, c) > 0 ? HintOf(table, c) * size_pt + 2 * padding_pt : natural_pt[c];
  const double total = std::accumulate(want.begin(), want.end(), 0.0);
  if (total <= available_pt) {
    // Room to spare goes to the columns sized by their content (to all when every one has a hint).
    double growable = 0;
    for (std::size_t c = 0; c < n; ++c) growable += HintOf(table, c) > 0 ? 0 : want[c];
    const bool all_hinted = growable == 0;
    if (all_hinted) growable = total;
    for (std::size_t c = 0; c < n; ++c) {
      if (all_hinted || HintOf(table, c) <= 0) want[c] += (available_pt - total) * want[c] / growable;
    }
    return want;
  }
  // Too wide: share the width out from the narrowest column up, none taking more than an
  // equal share of what is left.
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&want](std::size_t a, std::size_t b) { return want[a] < want[b]; });
  double remaining = available_pt;
  for (std::size_t i = 0; i < n; ++i) {
    const std::size_t c = order[i];
    want[c] = std::min(want[c], remaining / static_cast<double>(n - i));
    remaining -= want[c];
  }
  return want;
}

void DrawTable(PdfPages& pages, const Table& table) {
  const std::vector<double> widths =
      FitColumnWidths(table, NaturalWidths(pages, table), kSizePt, kPaddingPt, pages.ContentWidth());
  const LaidOutRow header = LayOutRow(pages, table, table.columns, widths, true);
  LayoutPtr title;
  double title_height = 0;
  if (!table.title.empty()) {
    title = pages.Layout(table.title, {.size_pt = kTitleSizePt, .bold = true, .align = Align::kCentre},
                         pages.ContentWidth());
    title_height = PdfPages::HeightOf(title.get()) + kPaddingPt;
  }
  const double first_row =
      table.rows.empty() ? header.height : LayOutRow(pages, table, table.rows.front(), widths, false).height;
  pages.EnsureRoom(title_height + header.height + first_row);
  if (title) {
    pages.Draw(title.get(), pages.Left(), pages.Y());
    pages.Advance(title_height);
  }
  DrawRow(pages, header, widths, true);
  if (table.rows.empty()) DrawNoRows(pages);
  for (const auto& cells : table.rows) {
    const LaidOutRow row = LayOutRow(pages, table, cells, widths, false);
    if (!pages.Fits(row.height)) {
      pages.NewPage();
      DrawRow(pages, header, widths, true);
    }
    DrawRow(pages, row, widths, false);
  }
}

}  // namespace sanwang::report
