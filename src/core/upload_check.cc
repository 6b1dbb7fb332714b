#include "core/upload_check.h"

#include <algorithm>
#include <cctype>

#include "core/image_check.h"
#include "core/text.h"

namespace sanwang {
namespace {

constexpr std::string_view kPdfHeader = "%PDF-";
constexpr std::string_view kPdfEnd = "%%EOF";
// Readers look for %%EOF within the file's last kilobyte; so does this check.
constexpr std::size_t kPdfTrailerWindow = 1024;

Status CheckPdf(std::string_view data) {
  if (data.substr(0, kPdfHeader.size()) != kPdfHeader) return DamagedUpload("no %PDF- header");
  std::string_view tail = data.substr(data.size() - std::min(data.size(), kPdfTrailerWindow));
  if (tail.find(kPdfEnd) == std::string_view::npos) return DamagedUpload("no %%EOF at the end of the PDF");
  return Status::Ok();
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

}  // namespace

std::string MediaTypeOf(std::string_view content_type) {
  return std::string(TrimAscii(content_type.substr(0, content_type.find(';'))));
}

bool IsPhotoType(std::string_view type) {
  return type == "image/jpeg" || type == "image/png" || type == "image/webp";
}

Status DamagedUpload(const std::string& what) {
  return InvalidArgument("文件已损坏或与类型不符 the file is damaged or not what it claims: " + what, "body");
}

Status CheckUploadBytes(std::string_view data, std::string_view type) {
  if (data.empty()) return InvalidArgument("文件为空 the file is empty", "body");
  if (type == "application/pdf") return CheckPdf(data);
  if (!IsPhotoType(type)) return DamagedUpload("no check for " + std::string(type));
  SW_ASSIGN_OR_RETURN(std::string sniffed, CheckImage(data));
  if (sniffed != type) {
    return InvalidArgument("类型不符 the file says " + std::string(type) + " but the data is " + sniffed,
                           "content_type");
  }
  return Status::Ok();
}

std::string UploadExtension(std::string_view type) {
  if (type == "image/jpeg") return "jpg";
  if (type == "image/png") return "png";
  if (type == "image/webp") return "webp";
  if (type == "application/pdf") return "pdf";
  return "bin";
}

std::string SafeUploadName(std::string_view name, const std::vector<std::string>& known_extensions,
                           const std::string& extension, std::string_view fallback, std::size_t max_bytes) {
  std::string kept;
  if (IsValidUtf8(name)) {
    for (char c : BaseName(name)) {
      if (!IsReserved(static_cast<unsigned char>(c))) kept += c;
    }
  }
  std::string_view stem = TrimAscii(kept);
  while (!stem.empty() && stem.front() == '.') stem.remove_prefix(1);  // no hidden names, no ".."
  for (const std::string& known : known_extensions) {
    if (EndsWithIgnoringCase(stem, "." + known)) stem.remove_suffix(known.size() + 1);
  }
  const std::string dotted = "." + extension;
  std::string out = CutUtf8(std::string(TrimAscii(stem)), max_bytes - dotted.size());
  return (out.empty() ? std::string(fallback) : out) + dotted;
}

}  // namespace sanwang
