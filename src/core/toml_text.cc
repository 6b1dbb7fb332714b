#include "core/toml_text.h"

namespace sanwang {

Result<toml::table> ParseToml(std::string_view text, std::string_view what) {
  try {
    return toml::parse(text);
  } catch (const toml::parse_error& e) {
    const auto& where = e.source().begin;
    return InvalidArgument(std::string(what) + ": line " + std::to_string(where.line) + ": " +
                           std::string(e.description()));
  }
}

}  // namespace sanwang
