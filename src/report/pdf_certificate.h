// Certificates as a PDF (荣誉证书 / 获奖证书), one A4 landscape page each: a double border,
// the heading, the recipient, the citation (what the award is for), the award in large
// type, and the issuing body and date at the bottom right with the certificate's number
// at the bottom left. Laid out by Pango in WenQuanYi Zen Hei. Thread-safe, as
// pdf_renderer.h.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/status.h"
#include "core/time.h"

namespace sanwang::report {

struct Certificate {
  std::string heading = "荣誉证书";
  std::string recipient;  // "王小明 同志："
  std::string citation;   // "你的作品《……》在“我与政协”征文活动中荣获"
  std::string award;      // "一等奖"
  std::string issuer;
  std::optional<LocalDate> issued_on;
  std::string number;  // "征文〔2026〕第 001 号"
};

// The PDF's bytes, a page per certificate; InvalidArgument for none or text that is not
// UTF-8 (naming "certificates[i]"), Unavailable when the font is not installed.
Result<std::string> RenderCertificatesPdf(const std::vector<Certificate>& certificates);

}  // namespace sanwang::report
