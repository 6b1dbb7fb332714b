// Worksheet names as Excel accepts them: at most 31 characters (UTF-16 units, as Excel
// counts), none of : \ / ? * [ ], no apostrophe at either end, and no two alike ignoring
// case. A name that would repeat one already given gets "(2)", "(3)", … within the 31.
// Pure; one SheetNamer per workbook, used by one thread.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace sanwang::report {

inline constexpr std::size_t kMaxSheetNameUnits = 31;

class SheetNamer {
 public:
  // A new name made from `wanted`, or from `fallback` when `wanted` has nothing usable.
  std::string Name(std::string_view wanted, std::string_view fallback);

 private:
  bool Taken(const std::string& name) const;

  std::vector<std::string> taken_;  // folded to lower case
};

// The first code points of valid UTF-8 `text` that fit in `max_units` UTF-16 units.
std::string TruncateUtf16Units(std::string_view text, std::size_t max_units);

}  // namespace sanwang::report
