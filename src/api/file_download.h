// How a stored upload goes back out, and a kept document (below), (the ledger's evidence, a spending record's
// invoice scans): always as a download — application/octet-stream, never cached, named by a
// Content-Disposition with an ASCII name for old clients and the file's own UTF-8 name
// (RFC 5987 filename*) for the rest — so a stored file is never shown as a page or image
// of the site's own origin. Its checked type is in the listing and the name's extension.
// Pure functions; thread-safe.
#pragma once

#include <string>

#include "api/http_message.h"

namespace sanwang::api {

// `attachment; filename="<ascii_name>"; filename*=UTF-8''<file_name percent-encoded>`.
std::string AttachmentDisposition(const std::string& ascii_name, const std::string& file_name);

// The download of `data`, its ETag the file's SHA-256.
HttpResponse FileDownload(std::string data, const std::string& sha256, const std::string& disposition);

// A document the server made and kept (a published notice), PDF or XLSX: its own type, the
// file's SHA-256 as the ETag, and a download named `stem` with the type's extension.
enum class DocumentKind { kPdf, kXlsx };
HttpResponse DocumentDownload(std::string data, DocumentKind kind, const std::string& sha256,
                              const std::string& stem);

}  // namespace sanwang::api
