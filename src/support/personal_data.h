// The two pieces of a worker's personal data the roster keeps: the resident identity
// number (居民身份证号码, GB 11643-1999: 17 digits and a check character, 0-9 or X, computed
// with the ISO 7064 MOD 11-2 weights) and an 11-digit mainland mobile number. Checks name
// the field; masks keep the first and last characters so a worker can be told apart
// without being identified. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "core/status.h"

namespace sanwang::support {

// The check character of the first 17 digits ('0'-'9' or 'X'); '\0' when they are not 17
// digits.
char IdNumberCheckCharacter(std::string_view first17);
// 18 characters, a plausible date of birth, the right check character (a lower-case x is
// refused: the form writes it upper-case, NormalizeIdNumber does so).
Status ValidateIdNumber(std::string_view id_number, const std::string& field = "id_number");
std::string NormalizeIdNumber(std::string_view id_number);
// 11 digits starting with 1.
Status ValidateMobile(std::string_view phone, const std::string& field = "phone");

// 410102********1234: the six-digit area code and the last four shown.
std::string MaskIdNumber(std::string_view id_number);
// 138****5678.
std::string MaskPhone(std::string_view phone);

}  // namespace sanwang::support
