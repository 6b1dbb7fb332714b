// Stratified k-fold assignment for cross-validation: each class's rows are shuffled (from
// a fixed seed) and dealt round-robin to the folds, continuing where the previous class
// stopped, so every fold holds each class in proportion (counts differ by at most one)
// and fold sizes differ by at most one. Pure.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"

namespace sanwang::classify {

// The fold (0 … k-1) of each row, given each row's class. Needs 2 ≤ k ≤ rows.
Result<std::vector<int>> StratifiedFolds(const std::vector<int>& classes, int k, std::uint64_t seed);

}  // namespace sanwang::classify
