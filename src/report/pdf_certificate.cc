#include "report/pdf_certificate.h"

#include "core/text.h"
#include "report/pdf_pages.h"
#include "report/pdf_surface.h"
#include "report/report_document.h"

namespace sanwang::report {
namespace {

// A4 landscape, in points, and the frame's inset from the edge.
constexpr double kWidth = kPageHeightPt;
constexpr double kHeight = kPageWidthPt;
constexpr double kFrame = 28;
constexpr double kInner = 92;  // the text's margin from the edge

Status CheckCertificates(const std::vector<Certificate>& certificates) {
  if (certificates.empty())
    return InvalidArgument("没有要打印的证书 no certificate to print", "certificates");
  for (std::size_t i = 0; i < certificates.size(); ++i) {
    const Certificate& c = certificates[i];
    if (!IsValidUtf8(c.heading + c.recipient + c.citation + c.award + c.issuer + c.number)) {
      const std::string at = "certificates[" + std::to_string(i) + "]";
      return InvalidArgument("文字编码无效 not UTF-8: " + at, at);
    }
  }
  return Status::Ok();
}

void Frame(cairo_t* cr) {
  cairo_set_source_rgb(cr, 0.62, 0.12, 0.10);  // the deep red of printed certificates
  cairo_set_line_width(cr, 4);
  cairo_rectangle(cr, kFrame, kFrame, kWidth - 2 * kFrame, kHeight - 2 * kFrame);
  cairo_stroke(cr);
  cairo_set_line_width(cr, 1.2);
  cairo_rectangle(cr, kFrame + 8, kFrame + 8, kWidth - 2 * kFrame - 16, kHeight - 2 * kFrame - 16);
  cairo_stroke(cr);
}

// Draws `layout` at (x, y) in `r`, `g`, `b`; returns its height.
double Show(cairo_t* cr, PangoLayout* layout, double x, double y, double grey = 0) {
  cairo_set_source_rgb(cr, grey, grey, grey);
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, layout);
  return PdfPages::HeightOf(layout);
}

void Page(cairo_t* cr, PangoContext* text, const Certificate& c) {
  Frame(cr);
  const double width = kWidth - 2 * kInner;
  double y = kInner - 20;
  {
    const LayoutPtr heading =
        LayoutText(text, c.heading, {.size_pt = 40, .bold = true, .align = Align::kCentre}, width);
    cairo_set_source_rgb(cr, 0.62, 0.12, 0.10);
    cairo_move_to(cr, kInner, y);
    pango_cairo_show_layout(cr, heading.get());
    y += PdfPages::HeightOf(heading.get()) + 34;
  }
  y += Show(cr, LayoutText(text, c.recipient, {.size_pt = 20}, width).get(), kInner, y) + 14;
  y += Show(cr, LayoutText(text, c.citation, {.size_pt = 18, .first_line_indent_pt = 36}, width).get(),
            kInner, y) +
       26;
  Show(cr, LayoutText(text, c.award, {.size_pt = 36, .bold = true, .align = Align::kCentre}, width).get(),
       kInner, y);
  const double bottom = kHeight - kInner + 10;
  const std::string date = c.issued_on ? ChineseDate(*c.issued_on) : "";
  const LayoutPtr dated = LayoutText(text, date, {.size_pt = 15, .align = Align::kRight}, width / 2);
  const LayoutPtr issuer = LayoutText(text, c.issuer, {.size_pt = 16, .align = Align::kRight}, width / 2);
  const double date_height = PdfPages::HeightOf(dated.get());
  Show(cr, dated.get(), kInner + width / 2, bottom - date_height);
  Show(cr, issuer.get(), kInner + width / 2, bottom - date_height - 6 - PdfPages::HeightOf(issuer.get()));
  const LayoutPtr number = LayoutText(text, c.number, {.size_pt = 10}, width / 2);
  Show(cr, number.get(), kInner, bottom - PdfPages::HeightOf(number.get()), 0.35);
}

}  // namespace

Result<std::string> RenderCertificatesPdf(const std::vector<Certificate>& certificates) {
  SW_RETURN_IF_ERROR(CheckCertificates(certificates));
  const ContextPtr text = NewPdfTextContext();
  if (!text) return FontMissing();
  std::string pdf;
  SW_RETURN_IF_ERROR(
      DrawPdf(kWidth, kHeight, certificates.front().heading, &pdf, [&](cairo_t* cr) -> Result<int> {
        pango_cairo_update_context(cr, text.get());
        for (const Certificate& c : certificates) {
          Page(cr, text.get(), c);
          cairo_show_page(cr);
        }
        return static_cast<int>(certificates.size());
      }).status());
  return pdf;
}

}  // namespace sanwang::report
