// How the circles module looks at an OSM object's tags without depending on libosmium:
// a lookup from key to value. The OSM reader wraps libosmium's tag list in one; tests
// wrap a std::map. Used by the walkability rules and the facility tag mapping, which are
// therefore pure functions tested on plain tag sets.
#pragma once

#include <functional>
#include <map>
#include <string>

namespace sanwang::circles {

// The value of tag `key`, or nullptr when the object has no such tag.
using TagLookup = std::function<const char*(const char* key)>;

// A lookup over a map, for tests and for tags read from CSV. The map must outlive it.
inline TagLookup LookupIn(const std::map<std::string, std::string>& tags) {
  return [&tags](const char* key) -> const char* {
    auto it = tags.find(key);
    return it == tags.end() ? nullptr : it->second.c_str();
  };
}

}  // namespace sanwang::circles
