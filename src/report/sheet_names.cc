#include "report/sheet_names.h"

#include <algorithm>

#include "core/text.h"

namespace sanwang::report {
namespace {

std::size_t Utf8SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  return 4;
}

std::string FoldAscii(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
  return text;
}

// Characters Excel forbids become "_", control characters go, and apostrophes may not
// open or close the name.
std::string Cleaned(std::string_view wanted) {
  std::string name;
  for (char c : wanted) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u == 0x7F) continue;
    name += std::string_view(":\\/?*[]").find(c) == std::string_view::npos ? c : '_';
  }
  std::string_view trimmed = TrimAscii(name);
  while (!trimmed.empty() && trimmed.front() == '\'') trimmed.remove_prefix(1);
  while (!trimmed.empty() && trimmed.back() == '\'') trimmed.remove_suffix(1);
  return std::string(trimmed);
}

}  // namespace

std::string TruncateUtf16Units(std::string_view text, std::size_t max_units) {
  std::size_t units = 0;
  std::size_t end = 0;
  while (end < text.size()) {
    const std::size_t length = Utf8SequenceLength(static_cast<unsigned char>(text[end]));
    const std::size_t needed = length == 4 ? 2 : 1;  // beyond the BMP: a surrogate pair
    if (units + needed > max_units || end + length > text.size()) break;
    units += needed;
    end += length;
  }
  return std::string(text.substr(0, end));
}

bool SheetNamer::Taken(const std::string& name) const {
  return std::find(taken_.begin(), taken_.end(), FoldAscii(name)) != taken_.end();
}

std::string SheetNamer::Name(std::string_view wanted, std::string_view fallback) {
  std::string base = TruncateUtf16Units(Cleaned(wanted), kMaxSheetNameUnits);
  if (base.empty()) base = TruncateUtf16Units(Cleaned(fallback), kMaxSheetNameUnits);
  std::string name = base;
  for (int n = 2; name.empty() || Taken(name) || FoldAscii(name) == "history"; ++n) {
    const std::string suffix = "(" + std::to_string(n) + ")";
    name = TruncateUtf16Units(base, kMaxSheetNameUnits - suffix.size()) + suffix;
  }
  taken_.push_back(FoldAscii(name));
  return name;
}

}  // namespace sanwang::report
