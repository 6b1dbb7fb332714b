#include "core/text.h"

namespace sanwang {

bool IsValidUtf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    auto c = static_cast<unsigned char>(text[i]);
    std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > text.size()) return false;
    std::uint32_t cp = len == 1 ? c : c & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
      auto cc = static_cast<unsigned char>(text[i + k]);
      if ((cc & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8.
    static const std::uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return false;
    i += len;
  }
  return true;
}

std::size_t Utf8Length(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string_view Utf8Prefix(std::string_view text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;  // inside a code point
    if (chars++ == max_chars) return text.substr(0, i);
  }
  return text;
}

std::string_view TrimAscii(std::string_view text) {
  const char* ws = " \t\r\n\f\v";
  std::size_t first = text.find_first_not_of(ws);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(ws) - first + 1);
}

Status CheckUserText(std::string_view text, const std::string& field, std::size_t max_chars, bool required) {
  if (!IsValidUtf8(text))
    return InvalidArgument(field + " 不是有效的 UTF-8 " + field + " is not valid UTF-8", field);
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7F) {
      return InvalidArgument(field + " 含控制字符 " + field + " contains a control character", field);
    }
  }
  if (required && TrimAscii(text).empty())
    return InvalidArgument(field + " 必填 " + field + " is required", field);
  if (Utf8Length(text) > max_chars) {
    return InvalidArgument(field + " 最多 " + std::to_string(max_chars) + " 个字符 " + field +
                               " is longer than " + std::to_string(max_chars) + " characters",
                           field);
  }
  return Status::Ok();
}

bool IsWordCode(std::string_view code) {
  if (code.empty() || code.size() > 40 || code[0] < 'a' || code[0] > 'z') return false;
  for (char c : code) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
  }
  return true;
}

}  // namespace sanwang
