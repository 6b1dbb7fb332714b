// A shuffle that gives the same order on every platform for the same seed (std::shuffle
// leaves its use of the generator to the standard library), so that folds and training
// orders are reproducible. Pure.
#pragma once

#include <cstdint>
#include <random>
#include <utility>
#include <vector>

namespace sanwang::classify {

template <typename T>
void DeterministicShuffle(std::vector<T>& items, std::mt19937_64& rng) {
  for (std::size_t i = items.size(); i > 1; --i) {
    std::size_t j = static_cast<std::size_t>(rng() % i);
    std::swap(items[i - 1], items[j]);
  }
}

}  // namespace sanwang::classify
