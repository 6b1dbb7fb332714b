// What an uploaded document must be before it is stored: its bytes are the type it is
// declared as — a photo (JPEG, PNG or WebP, walked whole by image_check.h) or a PDF (it
// opens with the %PDF- header and ends with %%EOF) — and its name is kept made safe: no
// folders, no control or reserved characters, a byte limit cut between characters, and the
// extension of the checked type. The modules that take documents each say which types they
// allow and add their own (governance/evidence_file.h adds Word and Excel documents);
// this is the part they share: the ledger's evidence and the spending records' invoice
// scans (support/spending_files.h).
// Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace sanwang {

// The media type of a Content-Type header: its parameters dropped, spaces trimmed.
std::string MediaTypeOf(std::string_view content_type);

bool IsPhotoType(std::string_view type);  // image/jpeg, image/png, image/webp

// OK when the bytes are a whole file of `type`, a photo type or application/pdf; else
// InvalidArgument (field "content_type" when a photo is of another photo type, "body" for
// damaged bytes or bytes of no such type).
Status CheckUploadBytes(std::string_view data, std::string_view type);

// "文件已损坏或与类型不符 …": the refusal of bytes that are not what they claim (field body).
Status DamagedUpload(const std::string& what);

// The usual extension of a photo or PDF type, without the dot ("pdf"); "bin" for others.
std::string UploadExtension(std::string_view type);

// The file name to keep for an upload named `name`: its last path segment, made safe, any
// of `known_extensions` (without dots) dropped from its end and `extension` put there, at
// most `max_bytes` bytes of UTF-8; `fallback` when nothing of the name is left.
std::string SafeUploadName(std::string_view name, const std::vector<std::string>& known_extensions,
                           const std::string& extension, std::string_view fallback, std::size_t max_bytes);

}  // namespace sanwang
