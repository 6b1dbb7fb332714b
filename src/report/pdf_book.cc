#include "report/pdf_book.h"

#include <algorithm>

#include "core/text.h"
#include "report/pdf_pages.h"
#include "report/pdf_surface.h"
#include "report/report_document.h"

namespace sanwang::report {
namespace {

constexpr double kBodySizePt = 12;
constexpr double kLineSpacing = 1.6;
constexpr double kContentsSizePt = 12;

Status CheckBook(const Book& book) {
  const auto check = [](const std::string& text, const std::string& field) {
    return IsValidUtf8(text) ? Status::Ok() : InvalidArgument("文字编码无效 not UTF-8: " + field, field);
  };
  for (const auto& [text, field] : {std::pair{&book.title, "title"},
                                    {&book.subtitle, "subtitle"},
                                    {&book.issuer, "issuer"},
                                    {&book.foreword, "foreword"}}) {
    SW_RETURN_IF_ERROR(check(*text, field));
  }
  for (std::size_t i = 0; i < book.chapters.size(); ++i) {
    const BookChapter& c = book.chapters[i];
    const std::string at = "chapters[" + std::to_string(i) + "]";
    SW_RETURN_IF_ERROR(check(c.title + c.byline + c.text, at));
  }
  return Status::Ok();
}

void Centred(PdfPages& pages, const std::string& text, TextStyle style, double gap_after) {
  if (text.empty()) return;
  style.align = Align::kCentre;
  const LayoutPtr layout = pages.Layout(text, style, pages.ContentWidth());
  pages.Draw(layout.get(), pages.Left(), pages.Y());
  pages.Advance(PdfPages::HeightOf(layout.get()) + gap_after);
}

void Cover(PdfPages& pages, const Book& book) {
  pages.Advance(pages.BodyHeight() * 0.28);
  Centred(pages, book.title, {.size_pt = 28, .bold = true}, 18);
  Centred(pages, book.subtitle, {.size_pt = 16}, 0);
  pages.Advance(pages.BodyHeight() * 0.35);
  Centred(pages, book.issuer, {.size_pt = 15}, 8);
  if (book.issued_on) Centred(pages, ChineseDate(*book.issued_on), {.size_pt = 13}, 0);
}

// One line of the contents: the chapter (cut to fit) on the left, its page on the right.
void ContentsLine(PdfPages& pages, const BookChapter& chapter, int page) {
  const TextStyle style{.size_pt = kContentsSizePt};
  const LayoutPtr number = pages.Layout(std::to_string(page), style, 0);
  const double number_width = PdfPages::WidthOf(number.get());
  const std::string label = chapter.byline.empty() ? chapter.title : chapter.title + "　" + chapter.byline;
  const LayoutPtr text = pages.Layout(label, style, pages.ContentWidth() - number_width - 24, true);
  const double height = std::max(PdfPages::HeightOf(text.get()), PdfPages::HeightOf(number.get()));
  pages.EnsureRoom(height * kLineSpacing);
  pages.Draw(text.get(), pages.Left(), pages.Y());
  pages.Draw(number.get(), pages.Left() + pages.ContentWidth() - number_width, pages.Y());
  pages.Advance(height * kLineSpacing);
}

void Paragraphs(PdfPages& pages, const std::string& text) {
  const TextStyle style{.size_pt = kBodySizePt, .first_line_indent_pt = 2 * kBodySizePt};
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = std::min(text.find('\n', start), text.size());
    const std::string paragraph = text.substr(start, end - start);
    start = end + 1;
    if (paragraph.find_first_not_of(" \t\r") == std::string::npos) continue;
    const LayoutPtr layout = pages.Layout(paragraph, style, pages.ContentWidth());
    pages.DrawFlowing(layout.get(), kLineSpacing);
    pages.Advance(4);
  }
}

void Chapter(PdfPages& pages, const BookChapter& chapter) {
  Centred(pages, chapter.title, {.size_pt = 18, .bold = true}, 8);
  Centred(pages, chapter.byline, {.size_pt = 12}, 18);
  Paragraphs(pages, chapter.text);
}

// Draws the book; `starts` holds each chapter's first page (zeros on the first pass) and
// is filled with the pages they started on.
int DrawBook(PdfPages& pages, const Book& book, std::vector<int>& starts) {
  Cover(pages, book);
  pages.NewPage();
  Centred(pages, "目　录", {.size_pt = 18, .bold = true}, 16);
  for (std::size_t i = 0; i < book.chapters.size(); ++i) ContentsLine(pages, book.chapters[i], starts[i]);
  if (!book.foreword.empty()) {
    pages.NewPage();
    Centred(pages, "前　言", {.size_pt = 18, .bold = true}, 16);
    Paragraphs(pages, book.foreword);
  }
  for (std::size_t i = 0; i < book.chapters.size(); ++i) {
    pages.NewPage();
    starts[i] = pages.Page();
    Chapter(pages, book.chapters[i]);
  }
  return pages.Finish();
}

}  // namespace

Result<std::string> RenderBookPdf(const Book& book) {
  SW_RETURN_IF_ERROR(CheckBook(book));
  const ContextPtr text = NewPdfTextContext();
  if (!text) return FontMissing();
  std::vector<int> starts(book.chapters.size(), 0);
  auto draw = [&](int total_pages, std::string* out) {
    return DrawPdf(kPageWidthPt, kPageHeightPt, book.title, out, [&](cairo_t* cr) -> Result<int> {
      PdfPages pages(cr, text.get(), total_pages);
      return DrawBook(pages, book, starts);
    });
  };
  SW_ASSIGN_OR_RETURN(const int total_pages, draw(0, nullptr));
  const std::vector<int> first_pass = starts;
  std::string pdf;
  SW_ASSIGN_OR_RETURN(const int drawn, draw(total_pages, &pdf));
  if (drawn != total_pages || starts != first_pass) {
    return Internal("PDF 页数前后不一 the book's pages changed between passes");
  }
  return pdf;
}

}  // namespace sanwang::report
