// What a file must be to stand as evidence of a milestone's progress (进度佐证材料): a photo
// (JPEG, PNG or WebP, walked whole by core/image_check.h), a PDF (it opens with the
// %PDF- header and ends with %%EOF) — both checked by core/upload_check.h, which the spending
// records' invoice scans share —, or a Word or Excel document (DOCX, XLSX: a zip archive
// holding [Content_Types].xml and the document's main part, read with libzip). The type the
// uploader declares must be the type the bytes are, so a file is never served as what it
// is not. File names are kept, made safe: no folders, no control or reserved characters,
// at most kMaxEvidenceNameBytes, and the extension of the checked type.
// Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace sanwang::governance {

// One file's largest size: a phone photo or a scanned document.
inline constexpr std::size_t kMaxEvidenceBytes = std::size_t{10} << 20;  // 10 MiB
// Files one milestone holds at most, over all its reports.
inline constexpr std::int64_t kMaxEvidencePerMilestone = 30;
// The longest file name kept, in bytes of UTF-8.
inline constexpr std::size_t kMaxEvidenceNameBytes = 120;

inline constexpr const char* kDocxType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
inline constexpr const char* kXlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// The content types evidence may have, in the order documentation lists them.
const std::vector<std::string>& EvidenceTypes();

// The declared type when the bytes are a whole file of that type, else InvalidArgument
// (field "content_type" for a type not allowed or not matching, "body" for damaged bytes).
Result<std::string> CheckEvidenceFile(std::string_view data, std::string_view declared_type);

// The file name to keep for an upload named `name` of the checked `content_type`.
std::string SafeEvidenceName(std::string_view name, const std::string& content_type);

// The usual extension of an evidence type, without the dot ("pdf").
std::string EvidenceExtension(const std::string& content_type);
// Every extension a file of the type is named with, the usual one first ("jpg", "jpeg").
std::vector<std::string> EvidenceExtensions(const std::string& content_type);

}  // namespace sanwang::governance
