#include "governance/evidence_file.h"

#include "core/upload_check.h"
#include "governance/office_archive.h"

namespace sanwang::governance {
namespace {

// Photos and PDFs are checked by core/upload_check.h; Word and Excel documents here.
Status CheckAs(std::string_view data, std::string_view type) {
  if (type == kDocxType) return CheckOfficeDocument(data, "word/document.xml");
  if (type == kXlsxType) return CheckOfficeDocument(data, "xl/workbook.xml");
  return CheckUploadBytes(data, type);
}

}  // namespace

const std::vector<std::string>& EvidenceTypes() {
  static const std::vector<std::string> kTypes = {"image/jpeg",      "image/png", "image/webp",
                                                  "application/pdf", kDocxType,   kXlsxType};
  return kTypes;
}

std::string EvidenceExtension(const std::string& content_type) {
  if (content_type == kDocxType) return "docx";
  if (content_type == kXlsxType) return "xlsx";
  return UploadExtension(content_type);
}

Result<std::string> CheckEvidenceFile(std::string_view data, std::string_view declared_type) {
  const std::string type = MediaTypeOf(declared_type);
  bool allowed = false;
  for (const std::string& t : EvidenceTypes()) allowed = allowed || t == type;
  if (!allowed) {
    return InvalidArgument(
        "佐证材料只能是照片（JPEG、PNG、WebP）、PDF、Word（docx）或 Excel（xlsx）文件 evidence must be a "
        "JPEG, PNG "
        "or WebP photo, a PDF, or a DOCX or XLSX document, not '" +
            type + "'",
        "content_type");
  }
  if (data.empty()) return InvalidArgument("文件为空 the file is empty", "body");
  SW_RETURN_IF_ERROR(CheckAs(data, type));
  return type;
}

std::vector<std::string> EvidenceExtensions(const std::string& content_type) {
  if (content_type == "image/jpeg") return {"jpg", "jpeg"};
  return {EvidenceExtension(content_type)};
}

std::string SafeEvidenceName(std::string_view name, const std::string& content_type) {
  return SafeUploadName(name, EvidenceExtensions(content_type), EvidenceExtension(content_type), "evidence",
                        kMaxEvidenceNameBytes);
}

}  // namespace sanwang::governance
