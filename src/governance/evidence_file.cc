#include "governance/evidence_file.h"

#include <zip.h>

#include <cctype>
#include <memory>

#include "core/image_check.h"
#include "core/text.h"

namespace sanwang::governance {
namespace {

constexpr std::string_view kPdfHeader = "%PDF-";
constexpr std::string_view kPdfEnd = "%%EOF";
// Readers look for %%EOF within the file's last kilobyte; so does this check.
constexpr std::size_t kPdfTrailerWindow = 1024;

Status Damaged(const std::string& what) {
  return InvalidArgument("文件已损坏或与类型不符 the file is damaged or not what it claims: " + what, "body");
}

bool IsImageType(std::string_view type) {
  return type == "image/jpeg" || type == "image/png" || type == "image/webp";
}

Status CheckPdf(std::string_view data) {
  if (data.substr(0, kPdfHeader.size()) != kPdfHeader) return Damaged("no %PDF- header");
  std::string_view tail = data.substr(data.size() - std::min(data.size(), kPdfTrailerWindow));
  if (tail.find(kPdfEnd) == std::string_view::npos) return Damaged("no %%EOF at the end of the PDF");
  return Status::Ok();
}

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
    return Damaged("not a zip archive");
  }
  std::unique_ptr<zip_t, ZipCloser> archive(opened);
  for (const char* part : {"[Content_Types].xml", main_part}) {
    if (zip_name_locate(archive.get(), part, 0) < 0)
      return Damaged(std::string("no ") + part + " in the document");
  }
  return Status::Ok();
}

Status CheckAs(std::string_view data, std::string_view type) {
  if (type == "application/pdf") return CheckPdf(data);
  if (type == kDocxType) return CheckOfficeDocument(data, "word/document.xml");
  return CheckOfficeDocument(data, "xl/workbook.xml");
}

// The name's last path segment: browsers on some systems send the whole path.
std::string_view BaseName(std::string_view name) {
  const std::size_t slash = name.find_last_of("/\\");
  return slash == std::string_view::npos ? name : name.substr(slash + 1);
}

bool IsReserved(unsigned char c) {
  return c < 0x20 || c == 0x7F ||
         std::string_view("\"*:<>?|").find(static_cast<char>(c)) != std::string_view::npos;
}

// At most `max` bytes, cut before a UTF-8 continuation byte never in the middle of a character.
std::string CutUtf8(std::string text, std::size_t max) {
  if (text.size() <= max) return text;
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  text.resize(end);
  return text;
}

bool EndsWithIgnoringCase(std::string_view text, std::string_view suffix) {
  if (text.size() < suffix.size()) return false;
  text.remove_prefix(text.size() - suffix.size());
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) !=
        std::tolower(static_cast<unsigned char>(suffix[i])))
      return false;
  }
  return true;
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
  if (content_type == "image/jpeg") return "jpg";
  if (content_type == "image/png") return "png";
  if (content_type == "image/webp") return "webp";
  if (content_type == "application/pdf") return "pdf";
  if (content_type == kDocxType) return "docx";
  if (content_type == kXlsxType) return "xlsx";
  return "bin";
}

Result<std::string> CheckEvidenceFile(std::string_view data, std::string_view declared_type) {
  const std::string type(TrimAscii(declared_type.substr(0, declared_type.find(';'))));
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
  if (IsImageType(type)) {
    SW_ASSIGN_OR_RETURN(std::string sniffed, CheckImage(data));
    if (sniffed != type) {
      return InvalidArgument("类型不符 the file says " + type + " but the data is " + sniffed,
                             "content_type");
    }
    return type;
  }
  SW_RETURN_IF_ERROR(CheckAs(data, type));
  return type;
}

std::string SafeEvidenceName(std::string_view name, const std::string& content_type) {
  std::string kept;
  if (IsValidUtf8(name)) {
    for (char c : BaseName(name)) {
      if (!IsReserved(static_cast<unsigned char>(c))) kept += c;
    }
  }
  std::string_view stem = TrimAscii(kept);
  while (!stem.empty() && stem.front() == '.') stem.remove_prefix(1);  // no hidden names, no ".."
  for (const std::string& known : ExtensionsOf(content_type)) {
    if (EndsWithIgnoringCase(stem, "." + known)) stem.remove_suffix(known.size() + 1);
  }
  const std::string extension = "." + EvidenceExtension(content_type);
  std::string out = CutUtf8(std::string(TrimAscii(stem)), kMaxEvidenceNameBytes - extension.size());
  return (out.empty() ? "evidence" : out) + extension;
}

}  // namespace sanwang::governance
