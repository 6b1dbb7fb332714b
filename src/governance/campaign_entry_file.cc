#include "governance/campaign_entry_file.h"

#include <algorithm>
#include <cstdlib>

#include "core/text.h"
#include "core/upload_check.h"
#include "governance/campaign_terms.h"
#include "governance/evidence_file.h"
#include "governance/office_archive.h"

namespace sanwang::governance {
namespace {

constexpr std::size_t kMaxEntryNameBytes = 120;

bool Accepts(const std::vector<std::string>& formats, const std::string& kind) {
  return std::find(formats.begin(), formats.end(), kind) != formats.end();
}

Status CheckPlainText(std::string_view data) {
  if (!IsValidUtf8(data)) return DamagedUpload("not UTF-8 text");
  for (unsigned char c : data) {
    if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f) {
      return DamagedUpload("control characters in the text");
    }
  }
  return Status::Ok();
}

void AppendUtf8(char32_t c, std::string& out) {
  if (c >= 0xD800 && c <= 0xDFFF) return;  // a surrogate is no character
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// The text of an XML character run: the five named entities and numeric references.
void AppendXmlText(std::string_view run, std::string& out) {
  static constexpr std::pair<std::string_view, std::string_view> kNamed[] = {
      {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}};
  for (std::size_t i = 0; i < run.size();) {
    bool replaced = false;
    for (const auto& [entity, text] : kNamed) {
      if (run.substr(i, entity.size()) == entity) {
        out += text;
        i += entity.size();
        replaced = true;
        break;
      }
    }
    if (replaced) continue;
    const std::size_t semi = run.find(';', i);
    if (run.substr(i, 2) == "&#" && semi != std::string_view::npos) {
      const bool hex = run.substr(i, 3) == "&#x";
      const std::string digits(run.substr(i + (hex ? 3 : 2), semi - i - (hex ? 3 : 2)));
      const unsigned long code = std::strtoul(digits.c_str(), nullptr, hex ? 16 : 10);
      if (code > 0 && code <= 0x10FFFF) AppendUtf8(static_cast<char32_t>(code), out);
      i = semi + 1;
      continue;
    }
    out += run[i++];
  }
}

// Paragraphs (w:p) of a WordprocessingML body, one line each: their w:t runs, w:tab as a
// tab and w:br as a line break. Enough for printing a work's words; styles are not kept.
std::string DocxParagraphs(std::string_view xml) {
  std::string out;
  for (std::size_t i = xml.find('<'); i != std::string_view::npos; i = xml.find('<', i)) {
    const std::size_t close = xml.find('>', i);
    if (close == std::string_view::npos) break;
    const std::string_view tag = xml.substr(i + 1, close - i - 1);
    i = close + 1;
    const auto is = [&](std::string_view name) {
      return tag.substr(0, name.size()) == name &&
             (tag.size() == name.size() || tag[name.size()] == ' ' || tag[name.size()] == '/');
    };
    if (is("/w:p") || is("w:br")) {
      out += '\n';
    } else if (is("w:tab")) {
      out += '\t';
    } else if (is("w:t") && tag.back() != '/') {
      const std::size_t end = xml.find("</w:t>", i);
      if (end == std::string_view::npos) break;
      AppendXmlText(xml.substr(i, end - i), out);
      i = end + 6;
    }
  }
  return out;
}

}  // namespace

std::string EntryKindOf(std::string_view content_type) {
  const std::string type = MediaTypeOf(content_type);
  if (type == kDocxType) return kEntryDocx;
  if (type == "application/pdf") return kEntryPdf;
  if (type == kPlainTextType) return kEntryText;
  if (IsPhotoType(type)) return kEntryImage;
  return "";
}

Result<std::string> CheckEntryFile(std::string_view data, std::string_view declared_type,
                                   const std::vector<std::string>& formats, std::int64_t max_bytes) {
  const std::string type = MediaTypeOf(declared_type);
  const std::string kind = EntryKindOf(type);
  if (kind.empty() || !Accepts(formats, kind)) {
    return InvalidArgument("本次活动只接受 " + FormatsText(formats) + " 格式的作品 this campaign takes " +
                               FormatsText(formats) + " files, not '" + type + "'",
                           "content_type");
  }
  if (data.empty()) return InvalidArgument("文件为空 the file is empty", "body");
  if (static_cast<std::int64_t>(data.size()) > max_bytes) {
    return InvalidArgument("文件超过本次活动的大小上限 the file is larger than the campaign allows (" +
                               std::to_string(max_bytes) + " bytes)",
                           "body");
  }
  if (kind == kEntryText) {
    SW_RETURN_IF_ERROR(CheckPlainText(data));
  } else {
    SW_RETURN_IF_ERROR(CheckEvidenceFile(data, type).status());
  }
  return type;
}

std::string SafeEntryName(std::string_view name, const std::string& content_type) {
  if (content_type == kPlainTextType)
    return SafeUploadName(name, {"txt"}, "txt", "entry", kMaxEntryNameBytes);
  return SafeUploadName(name, EvidenceExtensions(content_type), EvidenceExtension(content_type), "entry",
                        kMaxEntryNameBytes);
}

Result<std::string> EntryText(std::string_view data, const std::string& content_type) {
  if (content_type == kPlainTextType) return std::string(data);
  if (content_type != kDocxType) return std::string();
  SW_ASSIGN_OR_RETURN(std::string xml, ReadOfficePart(data, "word/document.xml"));
  return DocxParagraphs(xml);
}

}  // namespace sanwang::governance
