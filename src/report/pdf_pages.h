// The pages of a PDF being drawn: an A4 portrait page with margins, the text of a
// report laid out by Pango in one CJK font, a pen moving down the page, and a new page
// (with the previous one's footer, "第 N 页 共 M 页 Page N of M") when the next piece
// does not fit. Internal to pdf_renderer.cc and the block drawers beside it.
//
// The renderer lays a document out twice with the same PdfPages code: once to count the
// pages, once to draw them knowing the total. Layout depends only on the text and the
// font, so both passes break pages at the same places.
//
// One PdfPages per render and per thread; it owns its Pango font map, so renders on
// several threads share nothing but fontconfig's configuration (thread-safe).
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <memory>
#include <string_view>

#include "report/report_document.h"

namespace sanwang::report {

// A4 portrait, in points.
inline constexpr double kPageWidthPt = 595.28;
inline constexpr double kPageHeightPt = 841.89;

// Debian's fonts-wqy-zenhei; it covers Chinese, Latin letters and digits.
inline constexpr const char* kFontFamily = "WenQuanYi Zen Hei";

struct GObjectUnref {
  void operator()(void* object) const { g_object_unref(object); }
};
using LayoutPtr = std::unique_ptr<PangoLayout, GObjectUnref>;
using ContextPtr = std::unique_ptr<PangoContext, GObjectUnref>;

struct TextStyle {
  double size_pt = 12;
  bool bold = false;
  Align align = Align::kLeft;
  double first_line_indent_pt = 0;
};

// A Pango context of its own font map, ready to lay out text for a PDF surface. Empty
// when the font is not installed.
ContextPtr NewPdfTextContext();

// Text in the font at `style`, wrapped to `width_pt` (ellipsized to one line when
// `one_line`; not wrapped when the width is 0).
LayoutPtr LayoutText(PangoContext* text, std::string_view content, const TextStyle& style, double width_pt,
                     bool one_line = false);

class PdfPages {
 public:
  // Starts page 1. `total_pages` is what the footers print (0 while counting).
  PdfPages(cairo_t* cr, PangoContext* text, int total_pages);
  PdfPages(const PdfPages&) = delete;
  PdfPages& operator=(const PdfPages&) = delete;

  // Text wrapped to `width_pt` (ellipsized to one line when `one_line`).
  LayoutPtr Layout(std::string_view text, const TextStyle& style, double width_pt,
                   bool one_line = false) const;
  // Height and width of laid-out text, in points.
  static double HeightOf(PangoLayout* layout);
  static double WidthOf(PangoLayout* layout);
  // The width of text on one line, unwrapped.
  double NaturalWidth(std::string_view text, const TextStyle& style) const;

  double Left() const;
  double ContentWidth() const;
  // The height between the top and bottom margins.
  double BodyHeight() const;
  double Y() const { return y_; }
  void Advance(double dy_pt) { y_ += dy_pt; }

  // Whether nothing has been drawn on this page yet.
  bool AtPageTop() const;
  // Whether `height_pt` fits below the pen on this page.
  bool Fits(double height_pt) const;
  // Moves to a new page unless `height_pt` fits here or this page is still empty.
  // Returns whether it moved.
  bool EnsureRoom(double height_pt);
  void NewPage();
  // The page being drawn, from 1.
  int Page() const { return page_; }
  // Ends the last page. Returns the number of pages drawn.
  int Finish();

  void Draw(PangoLayout* layout, double x_pt, double y_pt);
  // Draws wrapped text line by line at the left margin, breaking the page between lines,
  // each line `line_spacing` times its height.
  void DrawFlowing(PangoLayout* layout, double line_spacing);

  cairo_t* cr() const { return cr_; }

 private:
  void DrawFooter();

  cairo_t* cr_;
  PangoContext* text_;
  int total_pages_;
  int page_ = 1;
  double y_;
};

}  // namespace sanwang::report
