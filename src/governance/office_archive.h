// Office Open XML documents (DOCX, XLSX) as uploads: a zip archive read with libzip, whole
// and consistent, holding [Content_Types].xml and the document's main part, and not a zip
// bomb — an archive whose parts expand to more than kMaxOfficeExpandedBytes in all, or a
// large part packed more than kMaxOfficeRatio to one (real documents' XML packs about ten
// to one), is refused before anything is expanded, and the main part is read whole to
// prove it expands to the size its header declares. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "core/status.h"

namespace sanwang::governance {

inline constexpr std::uint64_t kMaxOfficeExpandedBytes = std::uint64_t{64} << 20;  // 64 MiB
inline constexpr std::uint64_t kMaxOfficeRatio = 200;
// Parts smaller than this are not held to the ratio (a small part of spaces packs well).
inline constexpr std::uint64_t kOfficeRatioFrom = std::uint64_t{1} << 20;
inline constexpr std::int64_t kMaxOfficeParts = 5000;

// OK for a whole document holding `main_part` ("word/document.xml", "xl/workbook.xml");
// else InvalidArgument naming "body".
Status CheckOfficeDocument(std::string_view data, const char* main_part);

// The expanded bytes of one part of a document CheckOfficeDocument accepted.
Result<std::string> ReadOfficePart(std::string_view data, const char* part);

}  // namespace sanwang::governance
