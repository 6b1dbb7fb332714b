#include "classify/text_similarity.h"

#include <algorithm>
#include <vector>

#include "classify/text_normalizer.h"

namespace sanwang::classify {
namespace {

// Byte length of the UTF-8 sequence that starts with `lead` (normalized text is valid UTF-8).
std::size_t SequenceLength(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead >> 5) == 0x6) return 2;
  if ((lead >> 4) == 0xE) return 3;
  return 4;
}

void AddRunGrams(std::string_view run, std::unordered_set<std::string>& grams) {
  std::vector<std::string_view> chars;
  for (std::size_t at = 0; at < run.size();) {
    std::size_t n = std::min(SequenceLength(static_cast<unsigned char>(run[at])), run.size() - at);
    chars.push_back(run.substr(at, n));
    at += n;
  }
  if (chars.size() == 1) grams.emplace(chars[0]);
  for (std::size_t i = 0; i + 1 < chars.size(); ++i) {
    std::string gram(chars[i]);
    gram += chars[i + 1];
    grams.insert(std::move(gram));
  }
}

}  // namespace

std::unordered_set<std::string> CharacterBigrams(std::string_view utf8) {
  std::string text = NormalizeText(utf8);
  std::unordered_set<std::string> grams;
  std::string_view rest = text;
  while (!rest.empty()) {
    std::size_t space = rest.find(' ');
    AddRunGrams(rest.substr(0, space), grams);
    if (space == std::string_view::npos) break;
    rest.remove_prefix(space + 1);
  }
  return grams;
}

double BigramSimilarity(std::string_view a, std::string_view b) {
  return BigramSimilarity(CharacterBigrams(a), CharacterBigrams(b));
}

double BigramSimilarity(const std::unordered_set<std::string>& left,
                        const std::unordered_set<std::string>& right) {
  if (left.empty() && right.empty()) return 0;
  const auto& small = left.size() <= right.size() ? left : right;
  const auto& large = left.size() <= right.size() ? right : left;
  std::size_t shared = 0;
  for (const std::string& gram : small) shared += large.count(gram);
  return 2.0 * static_cast<double>(shared) / static_cast<double>(left.size() + right.size());
}

}  // namespace sanwang::classify
