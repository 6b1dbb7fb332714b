// The encoding of imported text files. Spreadsheet programs in China save CSV in GBK (as
// Excel does by default there), so an import that assumed UTF-8 stored every name as
// mojibake. DecodeImportText accepts UTF-8 as it is, converts GBK / GB18030 to UTF-8, and
// refuses anything else, so that no invalid text reaches the database. Pure function.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace sanwang {

enum class TextEncoding { kUtf8, kGb18030 };

struct DecodedText {
  std::string utf8;
  TextEncoding source = TextEncoding::kUtf8;
};

// `bytes` as UTF-8: unchanged when already valid UTF-8, converted when it is valid GB18030
// (which includes GBK and GB2312); otherwise InvalidArgument naming `field`.
Result<DecodedText> DecodeImportText(std::string_view bytes, const std::string& field = "file");

}  // namespace sanwang
