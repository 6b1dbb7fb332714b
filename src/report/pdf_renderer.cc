#include "report/pdf_renderer.h"

#include <algorithm>
#include <type_traits>

#include "report/pdf_blocks.h"
#include "report/pdf_pages.h"
#include "report/pdf_surface.h"

namespace sanwang::report {
namespace {

constexpr double kBodySizePt = 12;
constexpr double kBodyLineSpacing = 1.5;
constexpr double kHeadingSizePt = 14;
constexpr double kBlockGapPt = 10;
constexpr double kHeadingGapPt = 6;

void DrawCentred(PdfPages& pages, const std::string& text, const TextStyle& style, double gap_after_pt) {
  if (text.empty()) return;
  TextStyle centred = style;
  centred.align = Align::kCentre;
  const LayoutPtr layout = pages.Layout(text, centred, pages.ContentWidth());
  pages.Draw(layout.get(), pages.Left(), pages.Y());
  pages.Advance(PdfPages::HeightOf(layout.get()) + gap_after_pt);
}

// The issuing body on the left and the date on the right, over a full-width rule.
void DrawIssueLine(PdfPages& pages, const ReportDocument& document) {
  const std::string date = document.issued_on ? ChineseDate(*document.issued_on) : "";
  if (document.issuer.empty() && date.empty() && document.number.empty()) return;
  const LayoutPtr dated = pages.Layout(date, {.size_pt = kBodySizePt}, 0);
  const double date_width = PdfPages::WidthOf(dated.get());
  const LayoutPtr issuer =
      pages.Layout(document.issuer, {.size_pt = kBodySizePt},
                   std::max(pages.ContentWidth() / 2, pages.ContentWidth() - date_width - 12));
  pages.Draw(issuer.get(), pages.Left(), pages.Y());
  pages.Draw(dated.get(), pages.Left() + pages.ContentWidth() - date_width, pages.Y());
  pages.Advance(std::max(PdfPages::HeightOf(issuer.get()), PdfPages::HeightOf(dated.get())) + 6);
  cairo_t* cr = pages.cr();
  cairo_set_line_width(cr, 1.2);
  cairo_move_to(cr, pages.Left(), pages.Y());
  cairo_line_to(cr, pages.Left() + pages.ContentWidth(), pages.Y());
  cairo_stroke(cr);
  pages.Advance(18);
}

void DrawMasthead(PdfPages& pages, const ReportDocument& document) {
  DrawCentred(pages, document.title, {.size_pt = 22, .bold = true}, 8);
  DrawCentred(pages, document.subtitle, {.size_pt = 15}, 6);
  DrawCentred(pages, document.number, {.size_pt = kBodySizePt}, 10);
  DrawIssueLine(pages, document);
}

void DrawHeading(PdfPages& pages, const Heading& heading) {
  const LayoutPtr layout =
      pages.Layout(heading.text, {.size_pt = kHeadingSizePt, .bold = true}, pages.ContentWidth());
  const double height = PdfPages::HeightOf(layout.get());
  // A heading stays with at least two lines of what follows it, and stands apart from
  // what comes before.
  pages.EnsureRoom(kHeadingGapPt + height + 4 * kBodySizePt);
  if (!pages.AtPageTop()) pages.Advance(kHeadingGapPt);
  pages.Draw(layout.get(), pages.Left(), pages.Y());
  pages.Advance(height + 6);
}

void DrawParagraph(PdfPages& pages, const Paragraph& paragraph) {
  const TextStyle style{.size_pt = kBodySizePt, .first_line_indent_pt = 2 * kBodySizePt};
  const LayoutPtr layout = pages.Layout(paragraph.text, style, pages.ContentWidth());
  pages.DrawFlowing(layout.get(), kBodyLineSpacing);
  pages.Advance(2);
}

void DrawBlock(PdfPages& pages, const Block& block) {
  std::visit(
      [&pages](const auto& b) {
        using T = std::decay_t<decltype(b)>;
        if constexpr (std::is_same_v<T, Heading>) {
          DrawHeading(pages, b);
        } else if constexpr (std::is_same_v<T, Paragraph>) {
          DrawParagraph(pages, b);
        } else if constexpr (std::is_same_v<T, Table>) {
          DrawTable(pages, b);
          pages.Advance(kBlockGapPt);
        } else {
          DrawBarChart(pages, b);
          pages.Advance(kBlockGapPt);
        }
      },
      block);
}

// Draws the document onto a PDF written to `out` (thrown away when null); returns the
// number of pages. The footers print `total_pages`.
Result<int> DrawDocument(const ReportDocument& document, PangoContext* text, int total_pages,
                         std::string* out) {
  return DrawPdf(kPageWidthPt, kPageHeightPt, document.title, out, [&](cairo_t* cr) -> Result<int> {
    PdfPages pages(cr, text, total_pages);
    DrawMasthead(pages, document);
    for (const Block& block : document.blocks) DrawBlock(pages, block);
    return pages.Finish();
  });
}

}  // namespace

Result<std::string> RenderPdf(const ReportDocument& document) {
  SW_RETURN_IF_ERROR(CheckDocument(document));
  const ContextPtr text = NewPdfTextContext();
  if (!text) return FontMissing();
  // The first pass counts the pages, so that every footer can say how many there are.
  SW_ASSIGN_OR_RETURN(const int total_pages, DrawDocument(document, text.get(), 0, nullptr));
  std::string pdf;
  SW_ASSIGN_OR_RETURN(const int drawn, DrawDocument(document, text.get(), total_pages, &pdf));
  if (drawn != total_pages) return Internal("PDF 页数前后不一 the PDF's page count changed between passes");
  return pdf;
}

}  // namespace sanwang::report
