#include "report/pdf_pages.h"

#include <string>

namespace sanwang::report {
namespace {

// Margins of about 24 mm at the sides and 25 mm above and below; the footer sits in the
// bottom margin.
constexpr double kPageWidth = kPageWidthPt;
constexpr double kPageHeight = kPageHeightPt;
constexpr double kMarginSide = 68;
constexpr double kMarginTop = 72;
constexpr double kMarginBottom = 72;
constexpr double kFooterTop = kPageHeight - kMarginBottom + 26;
constexpr double kFooterSizePt = 9;

int Pango(double points) { return static_cast<int>(points * PANGO_SCALE); }

PangoAlignment PangoAlignmentOf(Align align) {
  switch (align) {
    case Align::kCentre:
      return PANGO_ALIGN_CENTER;
    case Align::kRight:
      return PANGO_ALIGN_RIGHT;
    case Align::kLeft:
      break;
  }
  return PANGO_ALIGN_LEFT;
}

void SetFont(PangoLayout* layout, const TextStyle& style) {
  PangoFontDescription* font = pango_font_description_new();
  pango_font_description_set_family(font, kFontFamily);
  pango_font_description_set_absolute_size(font, style.size_pt * PANGO_SCALE);
  pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);
}

}  // namespace

ContextPtr NewPdfTextContext() {
  std::unique_ptr<PangoFontMap, GObjectUnref> fonts(pango_cairo_font_map_new());
  if (pango_font_map_get_family(fonts.get(), kFontFamily) == nullptr) return nullptr;
  ContextPtr context(pango_font_map_create_context(fonts.get()));
  // Unhinted metrics: glyph advances are the font's own, the same on every surface.
  cairo_font_options_t* options = cairo_font_options_create();
  cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options(context.get(), options);
  cairo_font_options_destroy(options);
  return context;
}

PdfPages::PdfPages(cairo_t* cr, PangoContext* text, int total_pages)
    : cr_(cr), text_(text), total_pages_(total_pages), y_(kMarginTop) {
  pango_cairo_update_context(cr_, text_);
}

LayoutPtr PdfPages::Layout(std::string_view text, const TextStyle& style, double width_pt,
                           bool one_line) const {
  return LayoutText(text_, text, style, width_pt, one_line);
}

LayoutPtr LayoutText(PangoContext* text, std::string_view content, const TextStyle& style, double width_pt,
                     bool one_line) {
  LayoutPtr layout(pango_layout_new(text));
  SetFont(layout.get(), style);
  pango_layout_set_text(layout.get(), content.data(), static_cast<int>(content.size()));
  if (width_pt > 0) pango_layout_set_width(layout.get(), Pango(width_pt));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  if (one_line) pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment(layout.get(), PangoAlignmentOf(style.align));
  pango_layout_set_indent(layout.get(), Pango(style.first_line_indent_pt));
  return layout;
}

double PdfPages::HeightOf(PangoLayout* layout) {
  PangoRectangle logical;
  pango_layout_get_extents(layout, nullptr, &logical);
  return static_cast<double>(logical.height) / PANGO_SCALE;
}

double PdfPages::WidthOf(PangoLayout* layout) {
  PangoRectangle logical;
  pango_layout_get_extents(layout, nullptr, &logical);
  return static_cast<double>(logical.width) / PANGO_SCALE;
}

double PdfPages::NaturalWidth(std::string_view text, const TextStyle& style) const {
  return WidthOf(Layout(text, style, 0).get());
}

double PdfPages::Left() const { return kMarginSide; }
double PdfPages::ContentWidth() const { return kPageWidth - 2 * kMarginSide; }
double PdfPages::BodyHeight() const { return kPageHeight - kMarginTop - kMarginBottom; }

bool PdfPages::Fits(double height_pt) const { return y_ + height_pt <= kPageHeight - kMarginBottom; }
bool PdfPages::AtPageTop() const { return y_ <= kMarginTop; }

bool PdfPages::EnsureRoom(double height_pt) {
  if (Fits(height_pt) || AtPageTop()) return false;
  NewPage();
  return true;
}

void PdfPages::NewPage() {
  DrawFooter();
  cairo_show_page(cr_);
  ++page_;
  y_ = kMarginTop;
}

int PdfPages::Finish() {
  DrawFooter();
  cairo_show_page(cr_);
  return page_;
}

void PdfPages::Draw(PangoLayout* layout, double x_pt, double y_pt) {
  cairo_move_to(cr_, x_pt, y_pt);
  pango_cairo_show_layout(cr_, layout);
}

void PdfPages::DrawFlowing(PangoLayout* layout, double line_spacing) {
  PangoLayoutIter* line = pango_layout_get_iter(layout);
  do {
    PangoRectangle logical;
    pango_layout_iter_get_line_extents(line, nullptr, &logical);
    const double height = static_cast<double>(logical.height) / PANGO_SCALE;
    EnsureRoom(height);
    const double baseline =
        static_cast<double>(pango_layout_iter_get_baseline(line) - logical.y) / PANGO_SCALE;
    cairo_move_to(cr_, Left() + static_cast<double>(logical.x) / PANGO_SCALE, y_ + baseline);
    pango_cairo_show_layout_line(cr_, pango_layout_iter_get_line_readonly(line));
    y_ += height * line_spacing;
  } while (pango_layout_iter_next_line(line));
  pango_layout_iter_free(line);
}

void PdfPages::DrawFooter() {
  const std::string n = std::to_string(page_);
  const std::string m = total_pages_ > 0 ? std::to_string(total_pages_) : "?";
  const std::string text = "第 " + n + " 页 共 " + m + " 页 Page " + n + " of " + m;
  const LayoutPtr footer = Layout(text, {.size_pt = kFooterSizePt, .align = Align::kCentre}, ContentWidth());
  Draw(footer.get(), Left(), kFooterTop);
}

}  // namespace sanwang::report
