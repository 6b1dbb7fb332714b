#include <algorithm>
#include <string>

#include "report/pdf_blocks.h"

namespace sanwang::report {
namespace {

constexpr double kSizePt = 10;
constexpr double kTitleSizePt = 11;
constexpr double kBarPt = 12;
constexpr double kRowGapPt = 6;
constexpr double kGapPt = 6;
// Labels take at most this share of the width; longer ones end in an ellipsis.
constexpr double kMaxLabelShare = 0.35;

std::string ValueText(const BarChart& chart, std::size_t i) {
  return FormatValue(chart.values[i]) + chart.unit;
}

// Where the parts of every bar's row go, from the widest label and value.
struct ChartColumns {
  double label_width = 0;
  double bar_left = 0;
  double bar_room = 0;
  double max_value = 0;
};

ChartColumns ColumnsOf(const PdfPages& pages, const BarChart& chart) {
  ChartColumns columns;
  double value_width = 0;
  for (std::size_t i = 0; i < chart.labels.size(); ++i) {
    columns.label_width =
        std::max(columns.label_width, pages.NaturalWidth(chart.labels[i], {.size_pt = kSizePt}));
    value_width = std::max(value_width, pages.NaturalWidth(ValueText(chart, i), {.size_pt = kSizePt}));
    columns.max_value = std::max(columns.max_value, chart.values[i]);
  }
  columns.label_width = std::min(columns.label_width, pages.ContentWidth() * kMaxLabelShare);
  columns.bar_left = pages.Left() + columns.label_width + kGapPt;
  columns.bar_room = std::max(0.0, pages.ContentWidth() - columns.label_width - 2 * kGapPt - value_width);
  return columns;
}

void DrawBar(PdfPages& pages, const BarChart& chart, std::size_t i, const ChartColumns& columns) {
  const TextStyle style{.size_pt = kSizePt, .align = Align::kRight};
  const LayoutPtr label = pages.Layout(chart.labels[i], style, columns.label_width, true);
  const LayoutPtr value = pages.Layout(ValueText(chart, i), {.size_pt = kSizePt}, 0);
  const double height = std::max(kBarPt, PdfPages::HeightOf(label.get())) + kRowGapPt;
  pages.EnsureRoom(height);
  const double middle = pages.Y() + height / 2;
  const double length = columns.max_value > 0 ? chart.values[i] / columns.max_value * columns.bar_room : 0;
  cairo_t* cr = pages.cr();
  cairo_set_source_rgb(cr, 0.24, 0.42, 0.62);
  cairo_rectangle(cr, columns.bar_left, middle - kBarPt / 2, length, kBarPt);
  cairo_fill(cr);
  cairo_set_source_rgb(cr, 0.3, 0.3, 0.3);
  cairo_set_line_width(cr, 0.75);
  cairo_move_to(cr, columns.bar_left, pages.Y());
  cairo_line_to(cr, columns.bar_left, pages.Y() + height);
  cairo_stroke(cr);
  cairo_set_source_rgb(cr, 0, 0, 0);
  pages.Draw(label.get(), pages.Left(), middle - PdfPages::HeightOf(label.get()) / 2);
  pages.Draw(value.get(), columns.bar_left + length + kGapPt, middle - PdfPages::HeightOf(value.get()) / 2);
  pages.Advance(height);
}

}  // namespace

void DrawBarChart(PdfPages& pages, const BarChart& chart) {
  const ChartColumns columns = ColumnsOf(pages, chart);
  if (!chart.title.empty()) {
    const LayoutPtr title = pages.Layout(
        chart.title, {.size_pt = kTitleSizePt, .bold = true, .align = Align::kCentre}, pages.ContentWidth());
    const double height = PdfPages::HeightOf(title.get()) + kGapPt;
    pages.EnsureRoom(height + kBarPt + kRowGapPt);
    pages.Draw(title.get(), pages.Left(), pages.Y());
    pages.Advance(height);
  }
  for (std::size_t i = 0; i < chart.labels.size(); ++i) DrawBar(pages, chart, i, columns);
}

}  // namespace sanwang::report
