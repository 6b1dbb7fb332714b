// A report document (report_document.h) as a PDF: A4 portrait, the masthead (title,
// subtitle, document number, issuing body and date over a rule), then the blocks in order
// — headings, paragraphs with their first line indented two characters, tables whose
// header repeats on every page they run onto, horizontal bar charts with each value at
// its bar's end — and on every page the footer "第 N 页 共 M 页 Page N of M". Text is
// black, laid out by Pango in WenQuanYi Zen Hei (Debian's fonts-wqy-zenhei).
//
// Thread-safe: each call has its own Pango font map and Cairo surface and writes to
// memory. The only shared state is fontconfig's configuration and Cairo's font cache,
// which those libraries guard themselves. The caveat is cost: each call opens the font
// anew and lays the document out twice, so a server should run reports on its heavy-read
// workers and not on the I/O threads.
#pragma once

#include <string>

#include "core/status.h"
#include "report/report_document.h"

namespace sanwang::report {

// The PDF's bytes. Refuses a document CheckDocument refuses (invalid_argument), and says
// so when the font is not installed (unavailable).
Result<std::string> RenderPdf(const ReportDocument& document);

}  // namespace sanwang::report
