// A PDF drawn in memory with Cairo: a surface of pages of one size whose bytes go to a
// string (or nowhere, for a pass that only counts pages), its title and creator in the
// metadata, and the drawing's Cairo errors turned into a Status. Internal to the PDF
// renderers (pdf_renderer.cc, pdf_book.cc, pdf_certificate.cc). Thread-safe: each call has
// its own surface.
#pragma once

#include <cairo.h>

#include <functional>
#include <string>

#include "core/status.h"

namespace sanwang::report {

// Draws `draw` on a new PDF of `width_pt` × `height_pt` pages, written to `out` when it is
// not null; returns what `draw` returns (the pages it drew).
Result<int> DrawPdf(double width_pt, double height_pt, const std::string& title, std::string* out,
                    const std::function<Result<int>(cairo_t*)>& draw);

// The refusal when the CJK font is not installed (unavailable).
Status FontMissing();

}  // namespace sanwang::report
