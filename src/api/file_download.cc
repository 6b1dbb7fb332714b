#include "api/file_download.h"

#include <cctype>
#include <string_view>

namespace sanwang::api {
namespace {

// RFC 5987's attr-char: what a filename* value keeps as is; every other byte is %XX.
bool IsAttrChar(unsigned char c) {
  return std::isalnum(c) ||
         std::string_view("!#$&+-.^_`|~").find(static_cast<char>(c)) != std::string_view::npos;
}

std::string EncodedFileName(const std::string& name) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : name) {
    if (IsAttrChar(c)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 0xF];
    }
  }
  return out;
}

}  // namespace

std::string AttachmentDisposition(const std::string& ascii_name, const std::string& file_name) {
  return "attachment; filename=\"" + ascii_name + "\"; filename*=UTF-8''" + EncodedFileName(file_name);
}

HttpResponse FileDownload(std::string data, const std::string& sha256, const std::string& disposition) {
  HttpResponse r;
  r.content_type = "application/octet-stream";
  r.headers.emplace("Cache-Control", "no-store");
  r.headers.emplace("ETag", "\"" + sha256 + "\"");
  r.headers.emplace("Content-Disposition", disposition);
  r.body = std::move(data);
  return r;
}

HttpResponse DocumentDownload(std::string data, DocumentKind kind, const std::string& sha256,
                              const std::string& stem) {
  const bool pdf = kind == DocumentKind::kPdf;
  HttpResponse r;
  r.content_type =
      pdf ? "application/pdf" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  r.headers.emplace("ETag", "\"" + sha256 + "\"");
  r.headers.emplace("Content-Disposition", "attachment; filename=\"" + stem + (pdf ? ".pdf\"" : ".xlsx\""));
  r.body = std::move(data);
  return r;
}

}  // namespace sanwang::api
