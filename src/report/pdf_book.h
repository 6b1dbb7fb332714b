// A book as a PDF (an anthology of a campaign's winning works, 作品集): a cover with the
// title, subtitle, issuing body and date; a table of contents listing every chapter with
// the page it starts on; an optional foreword; then each chapter on a page of its own — its
// title, its byline (the author, the award) and its text in paragraphs. A4 portrait, laid
// out by Pango in WenQuanYi Zen Hei with the footers of pdf_pages.h. Laid out twice: once
// to learn where chapters start, once to draw with those pages in the contents.
// Thread-safe, as pdf_renderer.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/time.h"

namespace sanwang::report {

struct BookChapter {
  std::string title;
  std::string byline;  // "王小明 · 一等奖"
  std::string text;    // paragraphs separated by line breaks
};

struct Book {
  std::string title;
  std::string subtitle;
  std::string issuer;
  std::optional<LocalDate> issued_on;
  std::string foreword;  // paragraphs; none when empty
  std::vector<BookChapter> chapters;
};

// The PDF's bytes; InvalidArgument naming the first text that is not UTF-8, Unavailable
// when the font is not installed.
Result<std::string> RenderBookPdf(const Book& book);

}  // namespace sanwang::report
