#include "core/url_encoding.h"

#include "core/hex.h"
#include "core/text.h"

namespace sanwang {

Result<std::string> PercentDecode(std::string_view text, bool plus_is_space, const std::string& field) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '+' && plus_is_space) {
      out += ' ';
    } else if (text[i] != '%') {
      out += text[i];
    } else {
      int high = i + 2 < text.size() ? HexDigitValue(text[i + 1]) : -1;
      int low = high >= 0 ? HexDigitValue(text[i + 2]) : -1;
      if (low < 0) return InvalidArgument("bad percent escape", field);
      out += static_cast<char>(high * 16 + low);
      i += 2;
    }
  }
  if (!IsValidUtf8(out)) return InvalidArgument("percent-decoded text is not valid UTF-8", field);
  return out;
}

Result<std::multimap<std::string, std::string>> ParseFormUrlEncoded(std::string_view text) {
  std::multimap<std::string, std::string> form;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    std::size_t end = std::min(text.find('&', pos), text.size());
    std::string_view pair = text.substr(pos, end - pos);
    pos = end + 1;
    if (pair.empty()) continue;
    std::size_t equals = pair.find('=');
    SW_ASSIGN_OR_RETURN(std::string key, PercentDecode(pair.substr(0, equals), true));
    std::string value;
    if (equals != std::string_view::npos) {
      SW_ASSIGN_OR_RETURN(value, PercentDecode(pair.substr(equals + 1), true, key));
    }
    form.emplace(std::move(key), std::move(value));
  }
  return form;
}

std::string PercentEncode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    bool unreserved = (byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
                      (byte >= '0' && byte <= '9') || byte == '-' || byte == '.' || byte == '_' ||
                      byte == '~';
    if (unreserved) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0x0f];
    }
  }
  return out;
}

}  // namespace sanwang
