// Checks on user text: valid UTF-8 and its length in characters (what a person counts,
// and what limits on titles and notes mean). Pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/status.h"

namespace sanwang {

bool IsValidUtf8(std::string_view text);
// Code points in valid UTF-8 text.
std::size_t Utf8Length(std::string_view text);
// The first `max_chars` code points of valid UTF-8 text (all of it when shorter).
std::string_view Utf8Prefix(std::string_view text, std::size_t max_chars);
// The text without leading and trailing ASCII white space.
std::string_view TrimAscii(std::string_view text);

// Valid UTF-8, no control characters except tab and line breaks, at most `max_chars`
// characters, and (when `required`) not blank. Errors name `field`.
Status CheckUserText(std::string_view text, const std::string& field, std::size_t max_chars, bool required);

// A code a district names a word of its own by (a budget category, an information level):
// 1..40 lowercase ASCII letters, digits and underscores, starting with a letter.
bool IsWordCode(std::string_view code);

}  // namespace sanwang
