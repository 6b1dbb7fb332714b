// What a campaign entry's file must be: one of the kinds the campaign accepts
// (campaign_terms.h), checked by its bytes, never by its name — a Word document (DOCX,
// governance/office_archive.h, zip bombs refused), a PDF or a photo of the work
// (core/upload_check.h), or plain text (UTF-8, no control characters but line breaks and
// tabs) — and no larger than the campaign allows. The declared type must be the type the
// bytes are, so a renamed executable is refused whatever it is called. Also the text of a
// text or Word entry, for the anthology. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace sanwang::governance {

inline constexpr const char* kPlainTextType = "text/plain";

// The entry kind (docx, pdf, txt, image) of a content type; empty when none.
std::string EntryKindOf(std::string_view content_type);

// The media type when the bytes are a whole file of the declared type, of a kind in
// `formats`, and at most `max_bytes`; else InvalidArgument naming "content_type" (a kind
// not accepted, or a photo of another photo type) or "body" (empty, too large, damaged, or
// not the declared type).
Result<std::string> CheckEntryFile(std::string_view data, std::string_view declared_type,
                                   const std::vector<std::string>& formats, std::int64_t max_bytes);

// The file name to keep, made safe, with the checked type's extension.
std::string SafeEntryName(std::string_view name, const std::string& content_type);

// The text of an entry to print: a text entry as it is, a Word entry's paragraphs (the
// w:t runs of each w:p, one line per paragraph); empty for a PDF or a photo.
Result<std::string> EntryText(std::string_view data, const std::string& content_type);

}  // namespace sanwang::governance
