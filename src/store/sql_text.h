// Small pieces of SQL text shared by the repositories.
#pragma once

#include <cstddef>
#include <string>

namespace sanwang::store {

// "?, ?, ?" for n parameters (an IN list, a VALUES row).
inline std::string Placeholders(std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += i ? ", ?" : "?";
  return s;
}

}  // namespace sanwang::store
