// Normalization of residents' free text before classification: NFKC (which also turns
// full-width digits, letters and spaces into their ASCII forms), lower case, and every
// run of white space, punctuation, symbols and control characters collapsed into one
// ASCII space, trimmed at both ends. "Ｗｉ－Ｆｉ　２４小时，没信号！" becomes
// "wi fi 24小时 没信号". Invalid UTF-8 bytes become U+FFFD.
//
// A pure function; safe to call from any thread (ICU's normalizer instance is shared and
// immutable).
#pragma once

#include <string>
#include <string_view>

namespace sanwang::classify {

std::string NormalizeText(std::string_view utf8);

}  // namespace sanwang::classify
