// The unified social credit code (统一社会信用代码, GB 32100-2015) that registered
// organizations carry: 18 characters of the alphabet 0-9 and A-Z without I, O, S, V and Z,
// the last a check character computed from the first 17 (weights 3^i mod 31, check =
// 31 - sum mod 31). Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace sanwang::bodies {

// The check character of the first 17 characters; '\0' when they are not 17 characters
// of the code's alphabet.
char CreditCodeCheckCharacter(std::string_view first17);
// 18 characters of the alphabet (upper case) with the right check character; the error
// names `field`.
Status ValidateCreditCode(std::string_view code, const std::string& field = "credit_code");
// Upper case, surrounding spaces dropped (forms and spreadsheets write it either way).
std::string NormalizeCreditCode(std::string_view code);

}  // namespace sanwang::bodies
