#include "report/number_text.h"

#include <cctype>
#include <charconv>

namespace sanwang::report {
namespace {

constexpr std::size_t kMaxIntegerDigits = 9;
constexpr std::size_t kMaxDecimals = 6;

bool AllDigits(std::string_view text) {
  if (text.empty()) return false;
  for (char c : text) {
    if (std::isdigit(static_cast<unsigned char>(c)) == 0) return false;
  }
  return true;
}

// The integer part's digits without separators, or nothing when it is not one: groups of
// three after a first group of one to three when there are separators.
std::optional<std::string> IntegerDigits(std::string_view text, bool* grouped) {
  *grouped = text.find(',') != std::string_view::npos;
  if (!*grouped) return AllDigits(text) ? std::optional<std::string>(text) : std::nullopt;
  std::string digits;
  std::size_t start = 0;
  for (bool first = true;; first = false) {
    const std::size_t comma = text.find(',', start);
    const std::string_view group =
        text.substr(start, comma == std::string_view::npos ? text.npos : comma - start);
    const bool size_ok = first ? (group.size() >= 1 && group.size() <= 3) : group.size() == 3;
    if (!size_ok || !AllDigits(group)) return std::nullopt;
    digits += group;
    if (comma == std::string_view::npos) return digits;
    start = comma + 1;
  }
}

}  // namespace

std::string NumberText::ExcelFormat() const {
  std::string format = grouped ? "#,##0" : "0";
  if (decimals > 0) format += "." + std::string(static_cast<std::size_t>(decimals), '0');
  return percent ? format + "%" : format;
}

std::optional<NumberText> ParseNumberText(std::string_view text) {
  NumberText number;
  if (!text.empty() && text.back() == '%') {
    number.percent = true;
    text.remove_suffix(1);
  }
  const bool negative = !text.empty() && text.front() == '-';
  if (negative) text.remove_prefix(1);
  const std::size_t point = text.find('.');
  const std::string_view fraction =
      point == std::string_view::npos ? std::string_view() : text.substr(point + 1);
  if (point != std::string_view::npos && (!AllDigits(fraction) || fraction.size() > kMaxDecimals))
    return std::nullopt;
  const std::optional<std::string> digits = IntegerDigits(text.substr(0, point), &number.grouped);
  if (!digits || digits->size() > kMaxIntegerDigits) return std::nullopt;
  if (digits->size() > 1 && digits->front() == '0') return std::nullopt;
  // A percentage is read in hundredths ("99.9e-2"), so that it is the double nearest to
  // 0.999 and not 99.9's double divided by 100.
  const std::string plain = (negative ? "-" : "") + *digits +
                            (fraction.empty() ? "" : "." + std::string(fraction)) +
                            (number.percent ? "e-2" : "");
  if (std::from_chars(plain.data(), plain.data() + plain.size(), number.value).ec != std::errc())
    return std::nullopt;
  number.decimals = static_cast<int>(fraction.size());
  return number;
}

}  // namespace sanwang::report
