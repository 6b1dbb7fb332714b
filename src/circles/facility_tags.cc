#include "circles/facility_tags.h"

#include <algorithm>

#include "core/csv.h"

namespace sanwang::circles {
namespace {

std::size_t IndexOf(std::vector<std::string>& names, const std::string& name) {
  auto it = std::find(names.begin(), names.end(), name);
  if (it != names.end()) return static_cast<std::size_t>(it - names.begin());
  names.push_back(name);
  return names.size() - 1;
}

Status RowError(const CsvTable& table, std::size_t row, const std::string& what) {
  return InvalidArgument("facility tags: line " + std::to_string(table.LineOf(row)) + ": " + what,
                         "line " + std::to_string(table.LineOf(row)));
}

}  // namespace

bool IsValidFacilityType(std::string_view type) {
  if (type.empty() || type.size() > 40) return false;
  return std::all_of(type.begin(), type.end(),
                     [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

Result<FacilityTagMap> FacilityTagMap::Parse(std::string_view csv_text) {
  SW_ASSIGN_OR_RETURN(CsvTable table, CsvTable::Parse(csv_text, {"key", "value", "type"}));
  FacilityTagMap map;
  for (std::size_t row = 0; row < table.size(); ++row) {
    const std::string& key = table.Get(row, "key");
    const std::string& value = table.Get(row, "value");
    const std::string& type = table.Get(row, "type");
    if (key.empty() || value.empty()) return RowError(table, row, "key and value must not be empty");
    if (!IsValidFacilityType(type)) return RowError(table, row, "type '" + type + "' is not [a-z0-9_]+");
    std::vector<std::size_t>& types = map.rules_[{key, value}];
    const std::size_t index = IndexOf(map.types_, type);
    if (std::find(types.begin(), types.end(), index) != types.end()) {
      return RowError(table, row, key + "=" + value + " → " + type + " is listed twice");
    }
    types.push_back(index);
    IndexOf(map.keys_, key);
  }
  return map;
}

std::vector<std::string> FacilityTagMap::Match(const TagLookup& tags) const {
  std::vector<std::size_t> found;
  for (const std::string& key : keys_) {
    const char* value = tags(key.c_str());
    if (value == nullptr) continue;
    auto it = rules_.find(std::pair<std::string, std::string>(key, value));
    if (it != rules_.end()) found.insert(found.end(), it->second.begin(), it->second.end());
  }
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  std::vector<std::string> out;
  out.reserve(found.size());
  for (std::size_t index : found) out.push_back(types_[index]);
  return out;
}

}  // namespace sanwang::circles
