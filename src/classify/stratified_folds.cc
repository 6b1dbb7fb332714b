#include "classify/stratified_folds.h"

#include <map>

#include "classify/shuffle.h"

namespace sanwang::classify {

Result<std::vector<int>> StratifiedFolds(const std::vector<int>& classes, int k, std::uint64_t seed) {
  if (k < 2) return InvalidArgument("need at least 2 folds", "folds");
  if (static_cast<std::size_t>(k) > classes.size()) {
    return InvalidArgument(
        std::to_string(k) + " folds need at least as many rows, have " + std::to_string(classes.size()),
        "folds");
  }
  std::map<int, std::vector<std::size_t>> rows_of;
  for (std::size_t i = 0; i < classes.size(); ++i) rows_of[classes[i]].push_back(i);
  std::mt19937_64 rng(seed);
  std::vector<int> fold(classes.size(), 0);
  int next = 0;
  for (auto& [c, rows] : rows_of) {
    DeterministicShuffle(rows, rng);
    for (std::size_t row : rows) {
      fold[row] = next;
      next = (next + 1) % k;
    }
  }
  return fold;
}

}  // namespace sanwang::classify
