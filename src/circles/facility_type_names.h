// What planners and residents call each facility type of config/facility-tags.csv, in
// Chinese and English, in the order the map lists them. A type the table does not know
// (a district may add its own to the mapping) is shown by its code.
//
// Constant data; thread-safe.
#pragma once

#include <string>
#include <vector>

namespace sanwang::circles {

struct FacilityTypeName {
  std::string type;
  std::string name_zh;
  std::string name_en;
};

const std::vector<FacilityTypeName>& KnownFacilityTypes();
FacilityTypeName FacilityTypeNameOf(const std::string& type);

}  // namespace sanwang::circles
