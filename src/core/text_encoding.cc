#include "core/text_encoding.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <memory>

#include "core/text.h"

namespace sanwang {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};

// True for code points GB18030 maps to the Private Use Area (its user-defined areas): no
// real staff name or catalog text uses them, while stray bytes decode to them readily.
bool HasPrivateUse(const icu::UnicodeString& text) {
  for (int32_t i = 0; i < text.length(); i = text.moveIndex32(i, 1)) {
    UChar32 c = text.char32At(i);
    if ((c >= 0xE000 && c <= 0xF8FF) || c >= 0xF0000) return true;
  }
  return false;
}

}  // namespace

Result<DecodedText> DecodeImportText(std::string_view bytes, const std::string& field) {
  if (IsValidUtf8(bytes)) return DecodedText{std::string(bytes), TextEncoding::kUtf8};
  Status refused = InvalidArgument(
      "文件既不是 UTF-8 也不是 GBK 编码，请另存为 UTF-8 the file is neither UTF-8 nor GBK/GB18030 text; save "
      "it as UTF-8",
      field);
  UErrorCode error = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open("GB18030", &error));
  if (U_FAILURE(error)) return refused;
  // Stop at the first byte sequence that is not GB18030 instead of substituting.
  ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &error);
  icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter.get(), error);
  if (U_FAILURE(error) || HasPrivateUse(text)) return refused;
  DecodedText decoded;
  text.toUTF8String(decoded.utf8);
  decoded.source = TextEncoding::kGb18030;
  return decoded;
}

}  // namespace sanwang
