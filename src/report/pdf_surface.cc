#include "report/pdf_surface.h"

#include <cairo-pdf.h>

#include <memory>

#include "report/pdf_pages.h"

namespace sanwang::report {
namespace {

struct SurfaceDestroy {
  void operator()(cairo_surface_t* surface) const { cairo_surface_destroy(surface); }
};
struct CairoDestroy {
  void operator()(cairo_t* cr) const { cairo_destroy(cr); }
};

cairo_status_t AppendTo(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

cairo_status_t Discard(void* /*closure*/, const unsigned char* /*data*/, unsigned int /*length*/) {
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

Result<int> DrawPdf(double width_pt, double height_pt, const std::string& title, std::string* out,
                    const std::function<Result<int>(cairo_t*)>& draw) {
  std::unique_ptr<cairo_surface_t, SurfaceDestroy> surface(
      cairo_pdf_surface_create_for_stream(out ? AppendTo : Discard, out, width_pt, height_pt));
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "Sanwang");
  Result<int> drawn = 0;
  {
    std::unique_ptr<cairo_t, CairoDestroy> cr(cairo_create(surface.get()));
    drawn = draw(cr.get());
  }
  cairo_surface_finish(surface.get());
  const cairo_status_t status = cairo_surface_status(surface.get());
  if (status != CAIRO_STATUS_SUCCESS) {
    return Internal(std::string("PDF 生成失败 the PDF could not be drawn: ") +
                    cairo_status_to_string(status));
  }
  return drawn;
}

Status FontMissing() {
  return Unavailable(std::string("未安装字体 ") + kFontFamily + "（fonts-wqy-zenhei）the font " +
                     kFontFamily + " is not installed (fonts-wqy-zenhei)");
}

}  // namespace sanwang::report
