// The mapping from OSM tags to facility types (config/facility-tags.csv): which mapped
// objects count as an elderly-care station, a clinic, a fresh-food market, …
//
// The file is CSV with the columns key, value, type (a note column may follow). A row
// says "an object with tag key=value is a facility of type". An object matching several
// rows of one type is that type once; matching rows of several types makes it a facility
// of each. Types are lower-case words of [a-z0-9_]. Combinations of tags cannot be
// expressed: senior day care, for one, is matched by social_facility=day_care alone.
//
// Immutable after Parse; safe to share between threads.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "circles/osm_tags.h"
#include "core/status.h"

namespace sanwang::circles {

class FacilityTagMap {
 public:
  // Fails on a missing column, an empty key or value, a malformed type or a repeated row,
  // naming the line.
  static Result<FacilityTagMap> Parse(std::string_view csv_text);

  // The types the object's tags map to, in the order the types first appear in the file.
  std::vector<std::string> Match(const TagLookup& tags) const;
  // Every type the file names, in order of first appearance.
  const std::vector<std::string>& types() const { return types_; }

 private:
  std::vector<std::string> keys_;  // distinct keys, to look up on each object
  std::map<std::pair<std::string, std::string>, std::vector<std::size_t>, std::less<>> rules_;
  std::vector<std::string> types_;
};

// A facility type name is valid: 1 to 40 characters of [a-z0-9_].
bool IsValidFacilityType(std::string_view type);

}  // namespace sanwang::circles
