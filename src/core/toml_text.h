// Parsing TOML text into a table, with a parse failure as a Status rather than the
// exception toml++ throws, so callers handle it like any other bad input.
#pragma once

#include <toml++/toml.h>

#include <string_view>

#include "core/status.h"

namespace sanwang {

// `what` names the document in the error ("calendar", "workflow resident_matter").
Result<toml::table> ParseToml(std::string_view text, std::string_view what);

}  // namespace sanwang
