// Percent-encoding as URLs and HTML forms use it: request paths, query strings and
// application/x-www-form-urlencoded bodies. Strict: a bad escape or a result that is not
// UTF-8 is an error naming the field. Pure functions.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "core/status.h"

namespace sanwang {

// Decodes %XX escapes, and '+' as a space when `plus_is_space` (query strings and forms).
// `field` names the part in errors.
Result<std::string> PercentDecode(std::string_view text, bool plus_is_space, const std::string& field = "");

// Every byte but the unreserved ones of RFC 3986 (A–Z a–z 0–9 - . _ ~) as %XX: a path
// segment or a query value ("三网 a:b" → "%E4%B8%89%E7%BD%91%20a%3Ab").
std::string PercentEncode(std::string_view text);

// "a=1&b=%E4%B8%AD&a=2" → {a:1, a:2, b:中}: query strings and form bodies.
Result<std::multimap<std::string, std::string>> ParseFormUrlEncoded(std::string_view text);

}  // namespace sanwang
