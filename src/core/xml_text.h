// Text as XML character data or an attribute value: the five special characters escaped,
// a CR kept as a character reference (parsers would normalize a literal one away), bytes
// that are not UTF-8 replaced by U+FFFD and characters XML 1.0 does not allow (most C0
// controls, U+FFFE, U+FFFF) dropped, so whatever a resident typed makes a well-formed
// document. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace sanwang {

void AppendXmlText(std::string& out, std::string_view text);
std::string XmlText(std::string_view text);

}  // namespace sanwang
