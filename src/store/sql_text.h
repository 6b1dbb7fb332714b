// Small pieces of SQL text shared by the repositories.
#pragma once

#include <cstddef>
#include <set>
#include <string>

#include "store/database.h"

namespace sanwang::store {

// "?, ?, ?" for n parameters (an IN list, a VALUES row).
inline std::string Placeholders(std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += i ? ", ?" : "?";
  return s;
}

// "(?, ?)" for an IN list of these values, which go on the end of `params`.
inline std::string InList(const std::set<std::string>& values, SqlParams& params) {
  params.insert(params.end(), values.begin(), values.end());
  return "(" + Placeholders(values.size()) + ")";
}

}  // namespace sanwang::store
