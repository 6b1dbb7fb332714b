// Which table cells are numbers: text written as a number ("87.5", "-3", "1,234.50",
// "92.3%") goes into a workbook as a number that sums and sorts, shown with the same
// decimals; anything else stays text. Digit strings that are identifiers rather than
// quantities stay text too: a leading zero ("007", unit codes) or more than nine digits
// before the point (division codes, phone numbers). Pure functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace sanwang::report {

struct NumberText {
  double value = 0;      // 0.923 for "92.3%"
  int decimals = 0;      // as written
  bool grouped = false;  // written with thousands separators
  bool percent = false;

  // The Excel number format that shows the value as it was written: "0.0", "#,##0", "0.0%".
  std::string ExcelFormat() const;
};

std::optional<NumberText> ParseNumberText(std::string_view text);

}  // namespace sanwang::report
