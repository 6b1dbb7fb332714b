#include "governance/evidence_file.h"

#include <zip.h>

#include <memory>

#include "core/upload_check.h"

namespace sanwang::governance {
namespace {

struct ZipCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};

// A zip archive holding [Content_Types].xml and `main_part` (an Office Open XML document).
Status CheckOfficeDocument(std::string_view data, const char* main_part) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(data.data(), data.size(), 0, &error);
  zip_t* opened =
      source == nullptr ? nullptr : zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  zip_error_fini(&error);
  if (opened == nullptr) {
    if (source != nullptr) zip_source_free(source);
    return DamagedUpload("not a zip archive");
  }
  std::unique_ptr<zip_t, ZipCloser> archive(opened);
  for (const char* part : {"[Content_Types].xml", main_part}) {
    if (zip_name_locate(archive.get(), part, 0) < 0)
      return DamagedUpload(std::string("no ") + part + " in the document");
  }
  return Status::Ok();
}

// Photos and PDFs are checked by core/upload_check.h; Word and Excel documents here.
Status CheckAs(std::string_view data, std::string_view type) {
  if (type == kDocxType) return CheckOfficeDocument(data, "word/document.xml");
  if (type == kXlsxType) return CheckOfficeDocument(data, "xl/workbook.xml");
  return CheckUploadBytes(data, type);
}

// The extensions a file of this type is named with; the first is the one given to it.
std::vector<std::string> ExtensionsOf(const std::string& content_type) {
  if (content_type == "image/jpeg") return {"jpg", "jpeg"};
  return {EvidenceExtension(content_type)};
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

std::string SafeEvidenceName(std::string_view name, const std::string& content_type) {
  return SafeUploadName(name, ExtensionsOf(content_type), EvidenceExtension(content_type), "evidence",
                        kMaxEvidenceNameBytes);
}

}  // namespace sanwang::governance
