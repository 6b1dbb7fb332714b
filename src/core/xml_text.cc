#include "core/xml_text.h"

#include "core/text.h"

namespace sanwang {
namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD

std::size_t SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  if ((lead >> 3) == 0x1E) return 4;
  return 0;
}

// Decodes the UTF-8 sequence at `pos` into `cp`; returns its length, or 0 when the bytes
// there are not UTF-8 (a bad lead byte, a cut sequence, an overlong form, a surrogate).
std::size_t DecodeUtf8(std::string_view text, std::size_t pos, char32_t& cp) {
  const auto lead = static_cast<unsigned char>(text[pos]);
  const std::size_t len = SequenceLength(lead);
  if (len == 0 || len > text.size() - pos || !IsValidUtf8(text.substr(pos, len))) return 0;
  cp = len == 1 ? lead : lead & (0x7Fu >> len);
  for (std::size_t k = 1; k < len; ++k) {
    cp = (cp << 6) | (static_cast<unsigned char>(text[pos + k]) & 0x3Fu);
  }
  return len;
}

// The Char production of XML 1.0.
bool IsXmlChar(char32_t cp) {
  return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) ||
         (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
}

std::string_view XmlEscape(char32_t cp) {
  switch (cp) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&apos;";
    case '\r':
      return "&#13;";  // a literal CR would be normalized away by parsers
    default:
      return {};
  }
}

}  // namespace

void AppendXmlText(std::string& out, std::string_view text) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    char32_t cp = 0;
    const std::size_t len = DecodeUtf8(text, pos, cp);
    if (len == 0) {
      out += kReplacementCharacter;
      ++pos;
      continue;
    }
    const std::string_view escaped = XmlEscape(cp);
    if (!escaped.empty()) {
      out += escaped;
    } else if (IsXmlChar(cp)) {
      out += text.substr(pos, len);
    }
    pos += len;
  }
}

std::string XmlText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendXmlText(out, text);
  return out;
}

}  // namespace sanwang
